package org.quanze.law;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A paragraph (款): its opening line and the items (项) that follow it. */
public record LawParagraph(int number, String lead, List<LawItem> items, int line) {

    public LawParagraph {
        items = List.copyOf(items);
    }

    /** The paragraph's whole text: its lead line, then each item on its own line. */
    public String text() {
        return Stream.concat(Stream.of(lead), items.stream().map(LawItem::text)).collect(Collectors.joining("\n"));
    }
}
