package org.quanze.web.law;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.NodeFactory;
import org.quanze.queries.NamedQueries;
import org.quanze.queries.NamedQuery;
import org.quanze.queries.Row;
import org.quanze.vocab.QZ;
import org.quanze.web.PageQueries;
import org.quanze.web.linkeddata.ResourcePage;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The page of an article: its text by paragraph and item, its version and dates, its neighbours,
 * and everything that cites it, grouped by role, with what the list quoted.
 */
@Component
class ArticleResourcePage implements ResourcePage {

    static final String VIEW = "article";
    static final List<String> ROLES = List.of("power-basis", "duty-basis", "case-basis");

    private final PageQueries queries;
    private final NamedQuery citers;

    ArticleResourcePage(PageQueries queries) {
        this.queries = queries;
        this.citers = NamedQueries.load().find("article-citers").orElseThrow();
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
        List<Row> article = queries.rows("article", PageQueries.iri("article", iri));
        if (article.isEmpty()) {
            return Optional.empty();
        }
        model.addAttribute("iri", iri);
        model.addAttribute("article", article.get(0));
        model.addAttribute("paragraphs", paragraphs(iri));
        model.addAttribute("neighbours", queries.rows("article-neighbours", PageQueries.iri("article", iri)));
        model.addAttribute("citedBy", citedBy(iri));
        return Optional.of(VIEW);
    }

    /** A paragraph with its items. */
    record Paragraph(int number, String text, List<Row> items) {
        public String lead() {
            return text.lines().findFirst().orElse("");
        }
    }

    private List<Paragraph> paragraphs(String iri) {
        Map<Integer, Paragraph> byNumber = new LinkedHashMap<>();
        for (Row r : queries.rows("article-paragraphs", PageQueries.iri("article", iri))) {
            Paragraph p = byNumber.computeIfAbsent(r.integer("number"), n -> new Paragraph(n, r.text("text"), new ArrayList<>()));
            if (r.has("item")) {
                p.items().add(r);
            }
        }
        return List.copyOf(byNumber.values());
    }

    /** The citing entries per role, in the order power-basis, duty-basis, case-basis (every role present). */
    private Map<String, List<Row>> citedBy(String iri) {
        Map<String, List<Row>> byRole = new LinkedHashMap<>();
        ROLES.forEach(role -> byRole.put(role, new ArrayList<>()));
        for (Row r : queries.rows(org.quanze.queries.Bindings.bind(citers.query(),
                Map.of("article", NodeFactory.createURI(iri))))) {
            byRole.get(r.text("role")).add(r);
        }
        return byRole;
    }
}
