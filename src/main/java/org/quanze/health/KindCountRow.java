package org.quanze.health;

import org.quanze.queries.Fills;

/** How many findings of one kind (its code) the loads counted. */
@Fills("health-finding-tallies")
record KindCountRow(String kind, long n) {
}
