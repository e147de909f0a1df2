package org.quanze.ingest.table;

import java.util.List;

/**
 * A published table as read from its file, before any meaning is given to it: the title line
 * above it (null when there is none) and every row of cells verbatim. {@code byteOrderMark},
 * {@code lineBreak} and {@code trailer} (blank lines after the last cell) let the text format be
 * written back byte for byte.
 */
public record SourceTable(String fileName, String titleLine, List<SourceRow> rows,
                          boolean byteOrderMark, String lineBreak, String trailer) {

    public SourceTable {
        rows = List.copyOf(rows);
    }
}
