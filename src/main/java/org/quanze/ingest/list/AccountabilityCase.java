package org.quanze.ingest.list;

import java.util.List;
import org.quanze.ingest.table.SourceCell;

/** Accountability case {@code number} of a power, its accountability body, where it starts, and its basis items. */
public record AccountabilityCase(int number, String text, String description, String body, int line,
                                 SourceCell cell, List<BasisItem> basis) {

    public AccountabilityCase {
        basis = List.copyOf(basis);
    }
}
