package org.quanze.web.power;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.Var;
import org.quanze.graph.PowerFacet;
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
    private final PowerFacets facets;

    PowersController(PageQueries queries, PowerFacets facets) {
        this.queries = queries;
        this.facets = facets;
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
        long count = facets.count(byFacet(filters)).orElseGet(() -> counted(filters));
        model.addAttribute("powers", rows(order(by, descending, current, filters)));
        model.addAttribute("total", count);
        model.addAttribute("pages", Math.max(1, (count + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("page", current);
        model.addAttribute("sort", by);
        model.addAttribute("dir", descending ? "desc" : "asc");
        model.addAttribute("filter", new Filter(category, unit, list));
        model.addAttribute("facets", facets.byFacet());
        return VIEW;
    }

    /**
     * The powers of the page, in its order ({@code powers-order.rq}, cut to what the order and filters read); the
     * power's IRI breaks ties, so that a page is the same at every request and no power falls between two pages.
     * Unfiltered and ordered by list and number (the page as first opened), only the lists the page falls in are read
     * ({@link ListSlice}).
     */
    private List<String> order(String by, boolean descending, int page, Map<String, Node> filters) {
        List<String> sorted = new ArrayList<>(SORTS.get(by));
        sorted.add("power");
        long offset = (long) (page - 1) * PAGE_SIZE;
        Query template = PowerOrder.cut(queries.query("powers-order"), used(sorted, filters));
        Optional<ListSlice> slice = by.equals("number") && filters.isEmpty()
                ? ListSlice.of(facets.of(PowerFacet.LIST), descending, offset, PAGE_SIZE) : Optional.empty();
        if (slice.isPresent() && slice.get().lists().isEmpty()) {
            return List.of();
        }
        Query q = slice.map(s -> Bindings.bindEach(template, "list",
                s.lists().stream().map(NodeFactory::createURI).toList())).orElseGet(() -> filtered(template, filters));
        for (String var : sorted) {
            q.addOrderBy(new SortCondition(Var.alloc(var), descending ? Query.ORDER_DESCENDING : Query.ORDER_ASCENDING));
        }
        q.setLimit(PAGE_SIZE);
        q.setOffset(slice.map(ListSlice::offset).orElse(offset));
        return queries.list("powers-order", q, PowerKey.class).stream().map(PowerKey::power).distinct().toList();
    }

    /** The variables the order reads, and those a filter set compares. */
    private static List<String> used(List<String> sorted, Map<String, Node> filters) {
        List<String> used = new ArrayList<>(sorted);
        if (filters.containsKey("fcategory")) {
            used.add("category");
        }
        if (filters.containsKey("funit")) {
            used.add("unit");
        }
        return used;
    }

    /** The query with the filters bound; with a list filter, the list itself bound too. */
    private static Query filtered(Query template, Map<String, Node> filters) {
        Map<String, Node> values = new HashMap<>(filters);
        List<String> declared = new ArrayList<>(FILTERS);
        if (filters.containsKey("flist")) {
            // The powers of that list alone are read, not every power filtered by it.
            values.put("list", filters.get("flist"));
            declared.add("list");
        }
        return Bindings.bind(template, declared, values);
    }

    /** The rows of the powers chosen ({@code power-rows.rq}), in the order chosen. */
    private List<PowerSummary> rows(List<String> powers) {
        if (powers.isEmpty()) {
            return List.of();
        }
        List<PowerSummary> read = queries.list("power-rows", Bindings.bindEach(queries.query("power-rows"), "power",
                powers.stream().map(NodeFactory::createURI).toList()), PowerSummary.class);
        Map<String, List<PowerSummary>> byPower = read.stream().collect(Collectors.groupingBy(PowerSummary::power));
        return powers.stream().flatMap(p -> byPower.getOrDefault(p, List.of()).stream()).toList();
    }

    /** How many powers the filters keep, counted ({@code powers-count.rq}) where the facets cannot tell. */
    private long counted(Map<String, Node> filters) {
        List<PowerCount> total = queries.list("powers-count", Bindings.bind(queries.query("powers-count"), FILTERS,
                filters), PowerCount.class);
        return total.isEmpty() ? 0 : total.get(0).n();
    }

    /** The filters set, by facet (category, unit, list) as the facets name them. */
    private static Map<String, String> byFacet(Map<String, Node> filters) {
        Map<String, String> byFacet = new HashMap<>();
        filters.forEach((var, value) -> byFacet.put(var.substring(1), value.getURI()));
        return byFacet;
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
