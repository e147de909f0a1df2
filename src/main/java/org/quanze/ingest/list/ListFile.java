package org.quanze.ingest.list;

import java.util.List;
import org.quanze.ingest.Finding;
import org.quanze.ingest.table.SourceTable;

/**
 * A list file as read: every table it holds (sheets, Word tables, several lists in a sheet, or
 * the one table of the text format), the lists read from the tables that have a list header, and
 * the warnings of the whole file: as printed ({@code findings}, what a file does in many cells
 * reported once) and every one in its own place ({@code occurrences}, as the graph keeps them).
 */
public record ListFile(String fileName, List<SourceTable> tables, List<PowerList> lists, List<Finding> findings,
                       List<Finding> occurrences) {

    public ListFile {
        tables = List.copyOf(tables);
        lists = List.copyOf(lists);
        findings = List.copyOf(findings);
        occurrences = List.copyOf(occurrences);
    }

    /** The number of a table in its file, from 1 in reading order. */
    public int tableNumber(SourceTable table) {
        for (int i = 0; i < tables.size(); i++) {
            if (tables.get(i) == table) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("not a table of " + fileName);
    }
}
