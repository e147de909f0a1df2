package org.quanze.ingest.columns;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a table's columns are to be read: the row that holds the column headers, each column's
 * header text, the column (from 1) that plays each role, and the later columns that repeat a
 * role's header (kept verbatim, not interpreted).
 */
public record ColumnLayout(int headerRow, List<String> headers, Map<ColumnRole, Integer> columns,
                           Map<ColumnRole, List<Integer>> repeats) {

    public ColumnLayout {
        headers = List.copyOf(headers);
        columns = Map.copyOf(columns);
        repeats = Map.copyOf(repeats);
    }

    public Optional<Integer> column(ColumnRole role) {
        return Optional.ofNullable(columns.get(role));
    }

    /** The columns after the first whose header names the same role. */
    public List<Integer> repeatsOf(ColumnRole role) {
        return repeats.getOrDefault(role, List.of());
    }

    public int width() {
        return headers.size();
    }

    /** The header of a column (from 1), line breaks and spaces removed. */
    public String header(int column) {
        return column >= 1 && column <= headers.size() ? headers.get(column - 1) : "";
    }

    public Optional<ColumnRole> roleAt(int column) {
        return columns.entrySet().stream().filter(e -> e.getValue() == column).map(Map.Entry::getKey).findFirst();
    }
}
