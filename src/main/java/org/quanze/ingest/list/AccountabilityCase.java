package org.quanze.ingest.list;

import java.util.List;

/** Accountability case {@code number} of a power, its accountability body, and its basis items. */
public record AccountabilityCase(int number, String text, String description, String body, int line,
                                 List<BasisItem> basis) {

    public AccountabilityCase {
        basis = List.copyOf(basis);
    }
}
