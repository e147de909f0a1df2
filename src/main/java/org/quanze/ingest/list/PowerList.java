package org.quanze.ingest.list;

import java.util.List;
import org.quanze.ingest.Finding;
import org.quanze.ingest.columns.ColumnLayout;
import org.quanze.ingest.table.SourceTable;

/**
 * A list as read: its source table (every cell verbatim), how its columns were mapped, what its
 * title says (title, number in a city's set of lists, department, year), its powers with their
 * duties, cases and citations, and the warnings raised while reading it (empty when it was read as
 * part of a file: the file's reader then keeps the warnings, once per file).
 */
public record PowerList(String slug, SourceTable table, ColumnLayout layout, String title, Integer listNumber,
                        String department, Integer year, List<Power> powers, List<Finding> findings) {

    public PowerList {
        powers = List.copyOf(powers);
        findings = List.copyOf(findings);
    }
}
