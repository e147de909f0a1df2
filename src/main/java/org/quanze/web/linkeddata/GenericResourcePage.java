package org.quanze.web.linkeddata;

import java.util.Optional;
import org.quanze.web.PageQueries;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Any other resource (a chapter, a paragraph, a history event, a source file, a category):
 * everything said of it and everything that points to it, each value linked.
 */
@Component
class GenericResourcePage extends ResourcePage {

    static final String VIEW = "resource";

    private final PageQueries queries;

    GenericResourcePage(PageQueries queries) {
        super(1000);
        this.queries = queries;
    }

    @Override
    protected Optional<String> render(String iri, Model model) {
        model.addAttribute("iri", iri);
        model.addAttribute("statements", queries.list("resource-statements", PageQueries.iri("iri", iri), Statement.class));
        return Optional.of(VIEW);
    }
}
