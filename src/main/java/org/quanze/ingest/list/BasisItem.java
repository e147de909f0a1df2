package org.quanze.ingest.list;

import java.util.List;
import org.quanze.ingest.Location;
import org.quanze.ingest.table.SourceCell;

/**
 * One item of a basis cell: its label as written ({@code 2-1}; null when unnumbered), the duty or
 * case it belongs to ({@code entry} = k), the m of k-m, its position in the cell, its whole text,
 * the line and cell it starts in (and that place for messages), and either the citations it makes
 * or, for {@code 同N}, the items it repeats.
 */
public record BasisItem(int index, String label, Integer entry, Integer sub, String text, int line,
                        SourceCell cell, Location location, List<DocumentCitation> citations, Integer sameAs,
                        List<BasisItem> repeated) {

    public BasisItem {
        citations = List.copyOf(citations);
        repeated = List.copyOf(repeated);
    }

    public boolean isRepeat() {
        return sameAs != null;
    }

    public BasisItem withRepeated(List<BasisItem> items) {
        return new BasisItem(index, label, entry, sub, text, line, cell, location, citations, sameAs, items);
    }
}
