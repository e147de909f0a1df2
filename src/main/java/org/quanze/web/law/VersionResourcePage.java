package org.quanze.web.law;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quanze.vocab.QZ;
import org.quanze.web.PageQueries;
import org.quanze.web.linkeddata.ResourcePage;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The page of one version: its dates and history, and its articles by chapter with their citations. */
@Component
class VersionResourcePage implements ResourcePage {

    static final String VIEW = "version";

    private final PageQueries queries;

    VersionResourcePage(PageQueries queries) {
        this.queries = queries;
    }

    @Override
    public int order() {
        return 41;
    }

    @Override
    public boolean handles(Set<String> types) {
        return types.contains(QZ.LegalDocumentVersion.getURI());
    }

    @Override
    public Optional<String> render(String iri, Model model) {
        List<VersionFacts> version = queries.list("version", PageQueries.iri("version", iri), VersionFacts.class);
        if (version.isEmpty()) {
            return Optional.empty();
        }
        model.addAttribute("iri", iri);
        model.addAttribute("version", version.get(0));
        model.addAttribute("events", queries.list("version-events", PageQueries.iri("version", iri), VersionEvent.class));
        model.addAttribute("articles", queries.list("version-articles", PageQueries.iri("version", iri), VersionArticle.class));
        return Optional.of(VIEW);
    }
}
