package org.quanze.reading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An article as its official text has it: its text, the chapter it stands in, its paragraphs (款)
 * with their items (项). Read from the graph; absent when the official text is not held.
 */
public record OfficialArticle(String iri, int number, String text, String version, String chapter,
                              Integer chapterNumber, String chapterHeading, List<Paragraph> paragraphs) {

    /** A paragraph: its whole text (lead line, then items one per line), its lead and its items. */
    public record Paragraph(String iri, int number, String text, List<Item> items) {
        public Paragraph {
            items = List.copyOf(items);
        }

        public String lead() {
            return items.isEmpty() ? text : text.split("\n", -1)[0];
        }
    }

    /** An item, its text starting with its number as written: （一）… */
    public record Item(String iri, int number, String text) {
    }

    public OfficialArticle {
        paragraphs = List.copyOf(paragraphs);
    }

    public static Optional<OfficialArticle> read(GraphReader reader, String articleIri) {
        List<ArticleTextRow> rows = ImpactQueries.list(reader, "impact-article", ImpactQueries.iri("article", articleIri),
                ArticleTextRow.class);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        ArticleTextRow first = rows.get(0);
        Map<Integer, Paragraph> paragraphs = new LinkedHashMap<>();
        for (ArticleTextRow r : rows) {
            if (r.paragraph() == null) {
                continue;
            }
            Paragraph p = paragraphs.computeIfAbsent(r.paragraphNumber(),
                    n -> new Paragraph(r.paragraph(), n, r.paragraphText(), new ArrayList<>()));
            if (r.item() != null && p.items().stream().noneMatch(i -> i.iri().equals(r.item()))) {
                List<Item> items = new ArrayList<>(p.items());
                items.add(new Item(r.item(), r.itemNumber(), r.itemText()));
                paragraphs.put(p.number(), new Paragraph(p.iri(), p.number(), p.text(), items));
            }
        }
        return Optional.of(new OfficialArticle(articleIri, first.number(), first.text(), first.version(), first.chapter(),
                first.chapterNumber(), first.heading(),
                List.copyOf(paragraphs.values())));
    }

    public Optional<Paragraph> paragraph(int number) {
        return paragraphs.stream().filter(p -> p.number() == number).findFirst();
    }

    /** The text of some paragraphs only, one per line (the whole text when none are named). */
    public String text(List<Integer> paragraphNumbers) {
        if (paragraphNumbers.isEmpty()) {
            return text;
        }
        return paragraphs.stream().filter(p -> paragraphNumbers.contains(p.number())).map(Paragraph::text)
                .collect(Collectors.joining("\n"));
    }
}
