package org.quanze.health;

import org.quanze.ingest.WarningKind;

/**
 * One warning the reader raised on a list's cell, as its file's graph keeps it: the kind, where it
 * stands (file, sheet, row, column, line), the cell and its text (null until read, see
 * {@link ReadingFindings#withCellTexts}), the warning as printed, and the list whose table holds the
 * cell (null when the cell is in none, or there is no cell there).
 *
 * @param row    the row as a spreadsheet shows it (the sheet's own row; the table row in the text export); 0 when none
 * @param column from 1; 0 when none
 * @param line   the line of the file (the text export); 0 when none
 */
public record ReadingFinding(String iri, WarningKind kind, String fileName, String sheet, int row, int column,
                             int line, String cell, String cellText, String message, String list, String listTitle) {
}
