package org.quanze.health;

import org.quanze.queries.Fills;

/** How many findings of one kind (its code) the loads counted in one list. */
@Fills("health-list-tallies")
record ListKindCountRow(String list, String kind, long n) {
}
