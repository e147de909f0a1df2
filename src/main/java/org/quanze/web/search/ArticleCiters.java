package org.quanze.web.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.quanze.queries.Bindings;
import org.quanze.web.Links;
import org.quanze.web.PageQueries;

/**
 * What rests on the articles a search found: how many times each is cited (the counts the loads kept, one query for
 * all of them), and the entries citing those cited a few times (one more query). An article of 行政处罚法 is cited
 * thousands of times at 100×: the page gives that number and the article's page, which lists them by list.
 */
final class ArticleCiters {

    /** The most citations whose entries are listed under an article found; past that, the count and a link to the article's page. */
    static final int LISTED = 10;

    private final PageQueries queries;
    private final Links links;

    ArticleCiters(PageQueries queries, Links links) {
        this.queries = queries;
        this.links = links;
    }

    /** For each article (IRI) cited (in {@code list} only, unless null): how many times, and the entries citing it when few. */
    Map<String, Hit.Citers> of(List<String> articles, Node list) {
        if (articles.isEmpty()) {
            return Map.of();
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (CitationCount c : queries.list("search-citation-counts", bound("search-citation-counts", articles, list),
                CitationCount.class)) {
            if (c.citations() > 0) {
                counts.put(c.article(), c.citations());
            }
        }
        List<String> few = counts.entrySet().stream().filter(e -> e.getValue() <= LISTED).map(Map.Entry::getKey).toList();
        Map<String, List<Hit.Citer>> listed = new HashMap<>();
        if (!few.isEmpty()) {
            for (CiterRow c : queries.list("search-citers", bound("search-citers", few, list), CiterRow.class)) {
                listed.computeIfAbsent(c.article(), a -> new ArrayList<>())
                        .add(new Hit.Citer(links.page(c.entry()), c.entryLabel(), c.place()));
            }
        }
        Map<String, Hit.Citers> citers = new HashMap<>();
        counts.forEach((article, n) -> citers.put(article, new Hit.Citers(n, listed.getOrDefault(article, List.of()))));
        return citers;
    }

    /** The query bound to each of the articles, and to the list when one is chosen. */
    private Query bound(String name, List<String> articles, Node list) {
        Map<String, Node> params = new HashMap<>();
        if (list != null) {
            params.put("flist", list);
        }
        Query inList = Bindings.bind(queries.query(name), List.of("flist"), params);
        return Bindings.bindEach(inList, "article", articles.stream().map(NodeFactory::createURI).toList());
    }
}
