package org.quanze.web.list;

import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.Var;
import org.quanze.health.Coverage;
import org.quanze.load.ListRebuilder;
import org.quanze.queries.Bindings;
import org.quanze.store.GraphStore;
import org.quanze.vocab.QZ;
import org.quanze.web.PageQueries;
import org.quanze.web.Links;
import org.quanze.web.ahead.ChangesAhead;
import org.quanze.web.power.PowerSummary;
import org.quanze.web.linkeddata.ResourcePage;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The page of a list: its department and source, its powers, and the table as published. */
@Component
class ListResourcePage extends ResourcePage {

    static final String VIEW = "list";
    static final int MAX_POWERS = 5000;
    /** The list's Atom feed, under its page (see {@code org.quanze.web.feed}). */
    static final String FEED = "/feed.atom";

    private final PageQueries queries;
    private final ListRebuilder rebuilder;
    private final ChangesAhead ahead;
    private final Links links;

    ListResourcePage(PageQueries queries, GraphStore store, ChangesAhead ahead, Links links) {
        super(60, QZ.PowerList);
        this.queries = queries;
        this.rebuilder = new ListRebuilder(store);
        this.ahead = ahead;
        this.links = links;
    }

    /** Every power of the list in its order (the powers page query, bound to this list, unpaged). */
    private Query powersOf(String iri) {
        Query q = Bindings.bind(queries.query("powers-page"), List.of("fcategory", "funit", "flist"),
                PageQueries.iri("flist", iri));
        q.addOrderBy(new SortCondition(Var.alloc("number"), Query.ORDER_ASCENDING));
        q.setLimit(MAX_POWERS);
        return q;
    }

    @Override
    protected Optional<String> render(String iri, Model model) {
        return queries.first("list", PageQueries.iri("list", iri), ListFacts.class).map(list -> {
            model.addAttribute("iri", iri);
            model.addAttribute("list", list);
            model.addAttribute("powers", queries.list("powers-page", powersOf(iri), PowerSummary.class));
            model.addAttribute("table", rebuilder.rebuild(list.fileName()).orElse(null));
            model.addAttribute("coverage", Coverage.read(queries.reader(), iri));
            model.addAttribute("editions", queries.list("list-editions", PageQueries.iri("list", iri), ListEdition.class));
            model.addAttribute("ahead", ahead.ofList(iri));
            model.addAttribute("feed", links.page(iri) + FEED);
            return VIEW;
        });
    }
}
