package org.quanze.web.list;

import java.util.Optional;
import org.quanze.health.Coverage;
import org.quanze.load.ListRebuilder;
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

    @Override
    protected Optional<String> render(String iri, Model model) {
        return queries.first("list", PageQueries.iri("list", iri), ListFacts.class).map(list -> {
            model.addAttribute("iri", iri);
            model.addAttribute("list", list);
            model.addAttribute("powers", queries.list("power-rows", PageQueries.iri("list", iri), PowerSummary.class));
            model.addAttribute("table", rebuilder.rebuild(list.fileName()).orElse(null));
            model.addAttribute("coverage", Coverage.read(queries.reader(), iri));
            model.addAttribute("editions", queries.list("list-editions", PageQueries.iri("list", iri), ListEdition.class));
            model.addAttribute("ahead", ahead.ofList(iri));
            model.addAttribute("feed", links.page(iri) + FEED);
            return VIEW;
        });
    }
}
