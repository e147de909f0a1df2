package org.quanze.ingest.table;

import java.util.List;

/**
 * A published table as read from its file, before any meaning is given to it: the title line
 * above it (null when there is none), every row of cells verbatim, and the merged blocks of a
 * spreadsheet. {@code part} names the sheet (or table) of a file that holds several, null for a
 * file of one table. {@code byteOrderMark}, {@code lineBreak} and {@code trailer} (blank lines
 * after the last cell) let the text format be written back byte for byte.
 */
public record SourceTable(String fileName, String part, String titleLine, List<SourceRow> rows,
                          List<CellRange> merges, boolean byteOrderMark, String lineBreak, String trailer) {

    public SourceTable {
        rows = List.copyOf(rows);
        merges = List.copyOf(merges);
    }

    /** A table of the text format: one per file, no merged cells. */
    public static SourceTable text(String fileName, String titleLine, List<SourceRow> rows, boolean byteOrderMark,
                                   String lineBreak, String trailer) {
        return new SourceTable(fileName, null, titleLine, rows, List.of(), byteOrderMark, lineBreak, trailer);
    }
}
