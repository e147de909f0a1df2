package org.quanze.law;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An article (条): its number, the part, chapter and section it stands in (each null when the text
 * has none), its paragraphs.
 */
public record LawArticle(int number, String part, Integer chapter, Integer section, List<LawParagraph> paragraphs,
                         int line) {

    public LawArticle {
        paragraphs = List.copyOf(paragraphs);
    }

    public LawArticle(int number, Integer chapter, List<LawParagraph> paragraphs, int line) {
        this(number, null, chapter, null, paragraphs, line);
    }

    /** The official text: paragraphs (with their items) one per line, without the 第X条 label. */
    public String text() {
        return paragraphs.stream().map(LawParagraph::text).collect(Collectors.joining("\n"));
    }
}
