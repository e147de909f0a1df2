package org.quanze.health;

import org.quanze.queries.Fills;

/**
 * A row of {@code health-reading-findings.rq}: a reader's warning where it stands, and the list
 * whose table holds its cell ({@code ofList}, null when none). Read into a {@link ReadingFinding}.
 */
@Fills("health-reading-findings")
record ReadingFindingRow(String finding, String kind, String fileName, String sheet, Integer row, Integer column,
                         Integer line, String cell, String message, String ofList, String listTitle) {
}
