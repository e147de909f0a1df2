package org.quanze.ingest.table;

import java.util.List;
import java.util.Optional;

/** One row of a published table; rows count from 1, header rows included. */
public record SourceRow(int number, int line, List<SourceCell> cells) {

    public SourceRow {
        cells = List.copyOf(cells);
    }

    public Optional<SourceCell> cell(int column) {
        return column >= 1 && column <= cells.size() ? Optional.of(cells.get(column - 1)) : Optional.empty();
    }

    public int width() {
        return cells.size();
    }
}
