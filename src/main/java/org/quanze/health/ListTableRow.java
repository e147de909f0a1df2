package org.quanze.health;

import org.quanze.queries.Fills;

/** A list, its title, the file and the table it was read from ({@code table} null when none is recorded). */
@Fills("health-list-tables")
record ListTableRow(String list, String listTitle, String file, String table) {
}
