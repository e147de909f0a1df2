package org.quanze.web.graphview;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quanze.queries.Row;
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
class GraphViewController {

    static final String VIEW = "graph";

    private final PageQueries queries;
    private final Links links;
    private final Formats formats;

    GraphViewController(PageQueries queries, Links links, Formats formats) {
        this.queries = queries;
        this.links = links;
        this.formats = formats;
    }

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
        List<Row> power = queries.rows("graph-power", PageQueries.iri("power", iri));
        if (!power.isEmpty()) {
            for (Row r : power) {
                add(nodes, r.iri("power"), r.text("powerLabel"), "power");
                add(nodes, r.iri("entry"), r.text("entryLabel"), r.text("entryKind"));
                link(edges, r.iri("power"), r.iri("entry"));
                if (r.has("article")) {
                    add(nodes, r.iri("article"), articleLabel(r), "article");
                    link(edges, r.iri("entry"), r.iri("article"));
                }
            }
            return new Graph(iri, new ArrayList<>(nodes.values()), new ArrayList<>(edges));
        }
        List<Row> article = queries.rows("graph-article", PageQueries.iri("article", iri));
        if (article.isEmpty()) {
            throw new NotFoundException(iri);
        }
        for (Row r : article) {
            add(nodes, r.iri("article"), articleLabel(r), "article");
            add(nodes, r.iri("entry"), r.text("entryLabel"), r.text("entryKind"));
            add(nodes, r.iri("power"), r.text("powerLabel"), "power");
            link(edges, r.iri("entry"), r.iri("article"));
            link(edges, r.iri("power"), r.iri("entry"));
        }
        return new Graph(iri, new ArrayList<>(nodes.values()), new ArrayList<>(edges));
    }

    private String articleLabel(Row r) {
        return "《" + r.text("document") + "》" + formats.article(r.integer("articleNumber"));
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
