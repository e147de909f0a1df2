package org.quanze.web.power;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.Var;
import org.quanze.queries.Bindings;
import org.quanze.web.PageQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** All powers, filterable by category, unit and list, sortable by a fixed set of columns, a page at a time. */
@Controller
class PowersController {

    static final String VIEW = "powers";
    static final int PAGE_SIZE = 50;
    private static final List<String> FILTERS = List.of("fcategory", "funit", "flist");
    /** The columns a user may sort by, and the variables behind them (list order first for ties). */
    private static final Map<String, List<String>> SORTS = Map.of(
            "number", List.of("listTitle", "number"),
            "name", List.of("name", "listTitle", "number"),
            "category", List.of("categoryLabel", "listTitle", "number"),
            "unit", List.of("unitName", "listTitle", "number"),
            "duties", List.of("duties", "listTitle", "number"),
            "cases", List.of("cases", "listTitle", "number"));

    private final PageQueries queries;

    PowersController(PageQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/powers")
    String powers(@RequestParam(required = false) String category, @RequestParam(required = false) String unit,
                  @RequestParam(required = false) String list, @RequestParam(defaultValue = "number") String sort,
                  @RequestParam(defaultValue = "asc") String dir, @RequestParam(defaultValue = "1") int page,
                  Model model) {
        String by = SORTS.containsKey(sort) ? sort : "number";
        boolean descending = "desc".equals(dir);
        int current = Math.max(1, page);
        Map<String, Node> filters = new HashMap<>();
        putIri(filters, "fcategory", category);
        putIri(filters, "funit", unit);
        putIri(filters, "flist", list);
        Query q = Bindings.bind(queries.query("powers-page"), FILTERS, filters);
        if (q.getOrderBy() != null) {
            q.getOrderBy().clear();
        }
        for (String var : SORTS.get(by)) {
            q.addOrderBy(new SortCondition(Var.alloc(var), descending ? Query.ORDER_DESCENDING : Query.ORDER_ASCENDING));
        }
        q.setLimit(PAGE_SIZE);
        q.setOffset((long) (current - 1) * PAGE_SIZE);
        List<PowerCount> total = queries.list("powers-count", Bindings.bind(queries.query("powers-count"), FILTERS, filters),
                PowerCount.class);
        long count = total.isEmpty() ? 0 : total.get(0).n();
        model.addAttribute("powers", queries.list("powers-page", q, PowerSummary.class));
        model.addAttribute("total", count);
        model.addAttribute("pages", Math.max(1, (count + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("page", current);
        model.addAttribute("sort", by);
        model.addAttribute("dir", descending ? "desc" : "asc");
        model.addAttribute("filter", new Filter(category, unit, list));
        model.addAttribute("facets", queries.list("powers-facets", Map.of(), Facet.class));
        return VIEW;
    }

    /** The filters in force, to keep them in links. */
    record Filter(String category, String unit, String list) {
    }

    /** Only a well-formed IRI is used as a filter: anything else filters on nothing and matches nothing. */
    private static void putIri(Map<String, Node> filters, String var, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        try {
            filters.put(var, NodeFactory.createURI(IRIs.checkEx(value)));
        } catch (RuntimeException e) {
            filters.put(var, NodeFactory.createURI("urn:quanze:no-such-value"));
        }
    }
}
