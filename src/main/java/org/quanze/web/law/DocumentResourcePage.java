package org.quanze.web.law;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quanze.vocab.QZ;
import org.quanze.web.PageQueries;
import org.quanze.web.linkeddata.ResourcePage;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The page of a legal document: its level, its versions, and its cited articles with their counts. */
@Component
class DocumentResourcePage implements ResourcePage {

    static final String VIEW = "document";

    private final PageQueries queries;

    DocumentResourcePage(PageQueries queries) {
        this.queries = queries;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public boolean handles(Set<String> types) {
        return types.contains(QZ.LegalDocument.getURI());
    }

    @Override
    public Optional<String> render(String iri, Model model) {
        List<DocumentFacts> document = queries.list("document", PageQueries.iri("document", iri), DocumentFacts.class);
        if (document.isEmpty()) {
            return Optional.empty();
        }
        model.addAttribute("iri", iri);
        model.addAttribute("document", document.get(0));
        model.addAttribute("versions", queries.list("document-versions", PageQueries.iri("document", iri), DocumentVersion.class));
        model.addAttribute("articles", queries.list("document-cited-articles", PageQueries.iri("document", iri), CitedArticle.class));
        return Optional.of(VIEW);
    }
}
