package org.quanze.health;

import org.quanze.queries.Fills;

/** The text of one cell a finding shown stands in. */
@Fills("health-cell-texts")
record CellText(String cell, String text) {
}
