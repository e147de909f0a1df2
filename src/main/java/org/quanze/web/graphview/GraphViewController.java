package org.quanze.web.graphview;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quanze.web.Formats;
import org.quanze.web.Links;
import org.quanze.web.PageQueries;
import org.quanze.web.linkeddata.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * A graph of one power (power → duties and cases → articles) or one article (article → citing
 * entries → powers), drawn in the browser with ECharts served by the app (no CDN).
 */
@Controller
record GraphViewController(PageQueries queries, Links links, Formats formats) {

    static final String VIEW = "graph";

    /** A node: its IRI, label, kind (power, duty, case, article) and page. */
    record Node(String id, String label, String kind, String href) {
    }

    /** An edge between two nodes. */
    record Edge(String source, String target) {
    }

    /** The graph sent to the browser. */
    record Graph(String center, List<Node> nodes, List<Edge> edges) {
    }

    @GetMapping("/graph")
    String page(@RequestParam String iri, Model model) {
        Graph graph = graph(iri);
        model.addAttribute("iri", iri);
        model.addAttribute("centerLabel", graph.nodes().get(0).label());
        model.addAttribute("graph", graph);
        return VIEW;
    }

    @GetMapping(path = "/graph/data", produces = "application/json")
    @ResponseBody
    Graph data(@RequestParam String iri) {
        return graph(iri);
    }

    private Graph graph(String iri) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        Set<Edge> edges = new LinkedHashSet<>();
        List<PowerGraphRow> power = queries.list("graph-power", PageQueries.iri("power", iri), PowerGraphRow.class);
        if (!power.isEmpty()) {
            for (PowerGraphRow r : power) {
                add(nodes, r.power(), r.powerLabel(), "power");
                add(nodes, r.entry(), r.entryLabel(), r.entryKind());
                link(edges, r.power(), r.entry());
                if (r.article() != null) {
                    add(nodes, r.article(), articleLabel(r.document(), r.articleNumber()), "article");
                    link(edges, r.entry(), r.article());
                }
            }
            return new Graph(iri, new ArrayList<>(nodes.values()), new ArrayList<>(edges));
        }
        List<ArticleGraphRow> article = queries.list("graph-article", PageQueries.iri("article", iri), ArticleGraphRow.class);
        if (article.isEmpty()) {
            throw new NotFoundException(iri);
        }
        for (ArticleGraphRow r : article) {
            add(nodes, r.article(), articleLabel(r.document(), r.articleNumber()), "article");
            add(nodes, r.entry(), r.entryLabel(), r.entryKind());
            add(nodes, r.power(), r.powerLabel(), "power");
            link(edges, r.entry(), r.article());
            link(edges, r.power(), r.entry());
        }
        return new Graph(iri, new ArrayList<>(nodes.values()), new ArrayList<>(edges));
    }

    private String articleLabel(String document, Integer articleNumber) {
        return "《" + document + "》" + formats.article(articleNumber);
    }

    private void add(Map<String, Node> nodes, String iri, String label, String kind) {
        nodes.putIfAbsent(iri, new Node(iri, label, kind, links.page(iri)));
    }

    private static void link(Set<Edge> edges, String from, String to) {
        if (!from.equals(to)) {
            edges.add(new Edge(from, to));
        }
    }
}
