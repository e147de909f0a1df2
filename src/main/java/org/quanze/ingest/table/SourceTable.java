package org.quanze.ingest.table;

import java.util.List;
import org.quanze.ingest.Location;

/**
 * A published table as read from its file, before any meaning is given to it: the title line
 * above it (null when there is none), every row of cells verbatim, and the merged blocks of a
 * spreadsheet. {@code part} names the sheet (or table) of a file that holds several, null for a
 * file of one table. {@code byteOrderMark}, {@code lineBreak} and {@code trailer} (blank lines
 * after the last cell) let the text format be written back byte for byte. {@code form} tells the
 * text format (a cell's line is a line of the file) from a grid (a cell's line is the row of its
 * sheet, or the line of a CSV record).
 */
public record SourceTable(String fileName, String part, String titleLine, List<SourceRow> rows,
                          List<CellRange> merges, boolean byteOrderMark, String lineBreak, String trailer, Form form) {

    /** How the table was laid out in its file. */
    public enum Form { TEXT, GRID }

    public SourceTable {
        rows = List.copyOf(rows);
        merges = List.copyOf(merges);
    }

    /** A table of the text format: one per file, no merged cells. */
    public static SourceTable text(String fileName, String titleLine, List<SourceRow> rows, boolean byteOrderMark,
                                   String lineBreak, String trailer) {
        return new SourceTable(fileName, null, titleLine, rows, List.of(), byteOrderMark, lineBreak, trailer, Form.TEXT);
    }

    /** A table cut from a sheet, a Word table or a CSV file. */
    public static SourceTable grid(String fileName, String part, String titleLine, List<SourceRow> rows,
                                   List<CellRange> merges) {
        return new SourceTable(fileName, part, titleLine, rows, merges, false, "\n", "", Form.GRID);
    }

    /**
     * The place of a cell for a person to find it: in the text format the table row and the line of
     * the file ({@code lineInCell} lines into the cell); in a sheet the sheet and its own row number;
     * in a CSV file the table row and the line where the record starts.
     */
    public Location at(int row, int column, int line, int lineInCell) {
        if (form == Form.TEXT) {
            return new Location(fileName, null, row, column, line + lineInCell);
        }
        if (part != null) {
            return new Location(fileName, part, line, column, 0);
        }
        return new Location(fileName, null, row, column, line);
    }

    public Location at(SourceCell cell, int lineInCell) {
        return at(cell.row(), cell.column(), cell.line(), lineInCell);
    }

    /** A cell's place, or the row's when the row is too short to hold that column. */
    public Location at(SourceRow row, int column) {
        return row.cell(column).map(c -> at(c, 0)).orElse(at(row.number(), column, row.line(), 0));
    }

    /** The merged block a cell lies in, below or right of the block's top-left cell; null when none. */
    public CellRange coveringMerge(int row, int column) {
        for (CellRange m : merges) {
            if (m.contains(row, column) && (m.firstRow() != row || m.firstColumn() != column)) {
                return m;
            }
        }
        return null;
    }
}
