package org.quanze.web.linkeddata;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.rdf.model.Resource;
import org.quanze.web.PageQueries;
import org.springframework.ui.Model;

/**
 * A page whose view, facts query and bound variable share one name ({@code document} reads
 * {@code document.rq} with {@code ?document} bound to the resource): the page shows the facts'
 * first row under that name, the resource as {@code iri}, and each further attribute read for the
 * resource. No facts row: not such a resource after all.
 */
public class FactsPage extends ResourcePage {

    private final PageQueries queries;
    private final String view;
    private final Class<? extends Record> facts;
    private final Map<String, Function<String, Object>> attributes = new LinkedHashMap<>();

    public FactsPage(PageQueries queries, int order, Resource type, String view, Class<? extends Record> facts) {
        super(order, type);
        this.queries = queries;
        this.view = view;
        this.facts = facts;
    }

    /** Adds the attribute {@code name}: the rows of the query {@code query}, with the view's variable bound. */
    public FactsPage rows(String name, String query, Class<? extends Record> row) {
        return with(name, iri -> queries.list(query, PageQueries.iri(view, iri), row));
    }

    /** Adds the attribute {@code name}, read for the resource's IRI. */
    public FactsPage with(String name, Function<String, Object> read) {
        attributes.put(name, read);
        return this;
    }

    @Override
    protected Optional<String> render(String iri, Model model) {
        return queries.first(view, PageQueries.iri(view, iri), facts).map(first -> {
            model.addAttribute("iri", iri);
            model.addAttribute(view, first);
            attributes.forEach((name, read) -> model.addAttribute(name, read.apply(iri)));
            return view;
        });
    }
}
