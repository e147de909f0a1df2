package org.quanze.web.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.quanze.queries.Row;
import org.quanze.store.GraphStore;
import org.quanze.store.Tdb2Store;
import org.quanze.web.PageQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Chinese full-text search over power names, duties, cases, exemptions and article texts, results
 * grouped by kind with the matched words marked; an article found brings the entries that rest on it.
 */
@Controller
class SearchController {

    static final String VIEW = "search";
    static final int MAX_QUERY = 200;
    /** The most hits shown per kind: the best by score; the page says how many more were found. */
    static final int PER_KIND = 30;
    static final List<String> KINDS = List.of("Article", "Power", "Duty", "AccountabilityCase", "Exemption");
    private static final String QZ = "https://w3id.org/quanze/ontology#";

    private final PageQueries queries;
    private final boolean textIndex;
    private final Highlighter highlighter = new Highlighter();

    SearchController(PageQueries queries, GraphStore store) {
        this.queries = queries;
        this.textIndex = store instanceof Tdb2Store;
    }

    /** One result: what was found, the text with the words marked, and where it belongs. */
    record Hit(String iri, String kind, String label, List<Highlighter.Piece> pieces, Row row, List<Row> citers) {
    }

    @GetMapping("/search")
    String search(@RequestParam(name = "q", required = false) String q, Model model) {
        String query = q == null ? "" : q.strip();
        model.addAttribute("q", query);
        if (query.isEmpty()) {
            return VIEW;
        }
        if (query.length() > MAX_QUERY) {
            model.addAttribute("problem", "search.tooLong");
            return VIEW;
        }
        List<Row> rows;
        try {
            rows = run(query);
        } catch (QueryException | IllegalArgumentException e) {
            // Lucene syntax the user did not mean (an unbalanced quote, a lone AND): search the words as written.
            rows = run(QueryParser.escape(query));
        }
        List<String> words = highlighter.words(query);
        Map<String, Row> best = new LinkedHashMap<>();
        for (Row r : rows) {
            // A duty found by its name and by its text is one hit: keep the longer text as its snippet.
            best.merge(r.iri("hit"), r, (a, b) -> length(b) > length(a) ? b : a);
        }
        Map<String, List<Hit>> byKind = new LinkedHashMap<>();
        Map<String, Integer> found = new LinkedHashMap<>();
        KINDS.forEach(k -> byKind.put(k, new ArrayList<>()));
        for (Row r : best.values()) {
            String kind = r.iri("type").substring(QZ.length());
            if (!byKind.containsKey(kind)) {
                continue;
            }
            found.merge(kind, 1, Integer::sum);
            if (byKind.get(kind).size() >= PER_KIND) {
                continue;
            }
            List<Row> citers = kind.equals("Article")
                    ? queries.rows("search-citers", PageQueries.iri("article", r.iri("hit"))) : List.of();
            byKind.get(kind).add(new Hit(r.iri("hit"), kind, r.text("label"), highlighter.mark(r.text("literal"), words), r, citers));
        }
        model.addAttribute("results", byKind);
        model.addAttribute("found", found);
        model.addAttribute("total", found.values().stream().mapToInt(Integer::intValue).sum());
        model.addAttribute("indexed", textIndex);
        return VIEW;
    }

    private static int length(Row r) {
        return r.text("literal") == null ? 0 : r.text("literal").length();
    }

    /** Names first (a power named by the words is the best hit), then texts, each in the order of its score. */
    private List<Row> run(String query) {
        var q = Map.of("q", (org.apache.jena.graph.Node) NodeFactory.createLiteralString(query));
        if (!textIndex) {
            return queries.rows("search-contains", q);
        }
        List<Row> rows = new ArrayList<>(queries.rows("search-names", q));
        rows.addAll(queries.rows("search-texts", q));
        return rows;
    }
}
