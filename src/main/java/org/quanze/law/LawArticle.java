package org.quanze.law;

import java.util.List;
import java.util.stream.Collectors;

/** An article (条): its number, the chapter it stands in (null when the text has none), its paragraphs. */
public record LawArticle(int number, Integer chapter, List<LawParagraph> paragraphs, int line) {

    public LawArticle {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The official text: paragraphs (with their items) one per line, without the 第X条 label. */
    public String text() {
        return paragraphs.stream().map(LawParagraph::text).collect(Collectors.joining("\n"));
    }
}
