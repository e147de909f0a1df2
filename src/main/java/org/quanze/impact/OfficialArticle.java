package org.quanze.impact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.quanze.queries.Row;

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
        List<Row> rows = ImpactQueries.rows(reader, "impact-article", ImpactQueries.iri("article", articleIri));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Row first = rows.get(0);
        Map<Integer, Paragraph> paragraphs = new LinkedHashMap<>();
        for (Row r : rows) {
            if (!r.has("paragraph")) {
                continue;
            }
            Paragraph p = paragraphs.computeIfAbsent(r.integer("paragraphNumber"),
                    n -> new Paragraph(r.iri("paragraph"), n, r.text("paragraphText"), new ArrayList<>()));
            if (r.has("item") && p.items().stream().noneMatch(i -> i.iri().equals(r.iri("item")))) {
                List<Item> items = new ArrayList<>(p.items());
                items.add(new Item(r.iri("item"), r.integer("itemNumber"), r.text("itemText")));
                paragraphs.put(p.number(), new Paragraph(p.iri(), p.number(), p.text(), items));
            }
        }
        return Optional.of(new OfficialArticle(articleIri, first.integer("number"), first.text("text"),
                first.iri("version"), first.iri("chapter"), first.integer("chapterNumber"), first.text("heading"),
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
