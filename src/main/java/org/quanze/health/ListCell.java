package org.quanze.health;

import org.quanze.queries.Fills;

/** One cell of the table a list was read from, verbatim, with the IRI the load gave it. */
@Fills("health-list-cells")
record ListCell(String cell, Integer row, Integer column, Integer line, String text) {
}
