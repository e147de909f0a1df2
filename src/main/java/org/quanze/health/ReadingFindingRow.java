package org.quanze.health;

import org.quanze.queries.Fills;

/**
 * A row of {@code health-reading-findings.rq}: a reader's warning where it stands, with the table of its
 * cell (null when none), which tells the list it belongs to ({@link ListTableRow}). Read into a
 * {@link ReadingFinding}.
 */
@Fills("health-reading-findings")
record ReadingFindingRow(String finding, String kind, String file, String fileName, String sheet, Integer row,
                         Integer column, Integer line, String cell, String table, String message) {
}
