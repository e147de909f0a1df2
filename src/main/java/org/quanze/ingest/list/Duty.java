package org.quanze.ingest.list;

import java.util.List;
import org.quanze.ingest.table.SourceCell;

/**
 * Duty {@code number} of a power: its whole text as written, the name before the unit, the
 * description after it, the responsible unit, the line and cell it starts in, and the basis items
 * numbered {@code number}.
 */
public record Duty(int number, String text, String name, String description, String unit,
                   boolean unitInferred, int line, SourceCell cell, List<BasisItem> basis) {

    public Duty {
        basis = List.copyOf(basis);
    }
}
