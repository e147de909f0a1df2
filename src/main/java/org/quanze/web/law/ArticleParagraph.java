package org.quanze.web.law;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quanze.web.PageQueries;

/** A paragraph of an article with its items, as the article's page shows it. */
record ArticleParagraph(int number, String text, List<ParagraphRow> items) {

    public String lead() {
        return text.lines().findFirst().orElse("");
    }

    /** The article's paragraphs in order, each with its items. */
    static List<ArticleParagraph> of(PageQueries queries, String article) {
        Map<Integer, ArticleParagraph> byNumber = new LinkedHashMap<>();
        for (ParagraphRow r : queries.list("article-paragraphs", PageQueries.iri("article", article), ParagraphRow.class)) {
            ArticleParagraph p = byNumber.computeIfAbsent(r.number(), n -> new ArticleParagraph(n, r.text(), new ArrayList<>()));
            if (r.item() != null) {
                p.items().add(r);
            }
        }
        return List.copyOf(byNumber.values());
    }
}
