package org.quanze.web.law;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quanze.vocab.QZ;
import org.quanze.web.PageQueries;
import org.quanze.web.linkeddata.ResourcePage;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The page of an article: its text by paragraph and item, its version and dates, its neighbours,
 * and everything that cites it: per list and role, and in full (with what the list quoted) for
 * the first lists ({@link CitedBy}).
 */
@Component
class ArticleResourcePage implements ResourcePage {

    static final String VIEW = "article";
    private final PageQueries queries;

    ArticleResourcePage(PageQueries queries) {
        this.queries = queries;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public boolean handles(Set<String> types) {
        return types.contains(QZ.Article.getURI());
    }

    @Override
    public Optional<String> render(String iri, Model model) {
        List<ArticleFacts> article = queries.list("article", PageQueries.iri("article", iri), ArticleFacts.class);
        if (article.isEmpty()) {
            return Optional.empty();
        }
        model.addAttribute("iri", iri);
        model.addAttribute("article", article.get(0));
        model.addAttribute("paragraphs", paragraphs(iri));
        model.addAttribute("neighbours", queries.list("article-neighbours", PageQueries.iri("article", iri), ArticleNeighbour.class));
        model.addAttribute("citedBy", citedBy(iri));
        model.addAttribute("roles", CitedBy.ROLES);
        return Optional.of(VIEW);
    }

    /** A paragraph with its items. */
    record Paragraph(int number, String text, List<ParagraphRow> items) {
        public String lead() {
            return text.lines().findFirst().orElse("");
        }
    }

    private List<Paragraph> paragraphs(String iri) {
        Map<Integer, Paragraph> byNumber = new LinkedHashMap<>();
        for (ParagraphRow r : queries.list("article-paragraphs", PageQueries.iri("article", iri), ParagraphRow.class)) {
            Paragraph p = byNumber.computeIfAbsent(r.number(), n -> new Paragraph(n, r.text(), new ArrayList<>()));
            if (r.item() != null) {
                p.items().add(r);
            }
        }
        return List.copyOf(byNumber.values());
    }

    private CitedBy citedBy(String iri) {
        return CitedBy.read(queries, iri);
    }
}
