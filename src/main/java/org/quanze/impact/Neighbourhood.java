package org.quanze.impact;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.quanze.reading.GraphReader;

/**
 * What the findings of a list file are computed from: its graph, the official texts of the documents it
 * cites and the ontology (the scheme of levels), as the load leaves them, under a union that stands for
 * the store's. Nothing else of the store bears on a file's findings but the level tags of other lists,
 * which the caller adds up from the kept tallies. The derived graph is left out: the health check reads
 * no derived fact (it reads a document's level from the sources only, the derived level being the one
 * the citations tag most often).
 * <p>
 * The texts are copied once per load into one graph shared by the files it checks (a file's union is
 * then of two graphs: its own and the texts), and kept as named graphs too, linked, for the queries that
 * ask which graph states a fact. Texts of documents a file does not cite change none of its findings:
 * every read of the texts starts from a citation of the file (its document, version or article).
 */
final class Neighbourhood {

    private final AfterLoad after;
    private final Graph texts = GraphFactory.createDefaultGraph();
    private final Map<String, Graph> named = new LinkedHashMap<>();

    Neighbourhood(AfterLoad after, String ontologyGraph) {
        this.after = after;
        add(ontologyGraph);
    }

    /**
     * What one list file's findings are read through: {@code reader} has its graph with the texts it cites, every
     * text also by its name; {@code citations} the same union with the file's graph alone by name, for
     * {@code impact-citations.rq}, whose {@code GRAPH ?citing} Jena tries in every named graph for every citation
     * (planning the pattern again in each): with the texts of the load named too, 35 graphs at 10×, that was most of
     * reading a file's citations. The query reads in that graph only what the list's own graph states (the
     * citation, the document's short title, the article's number), so the answer is the same.
     */
    record FileView(GraphReader reader, GraphReader citations) {
    }

    /** The views of one list file's findings: its graph with the texts it cites. */
    FileView of(String name, Graph list) {
        after.lawGraphsOf(AfterLoad.documentsCited(list)).forEach(this::add);
        Graph union = new MultiUnion(new Graph[] {list, texts});
        DatasetGraph view = DatasetGraphFactory.create(union);
        view.addGraph(NodeFactory.createURI(name), list);
        named.forEach((g, graph) -> view.addGraph(NodeFactory.createURI(g), graph));
        DatasetGraph own = DatasetGraphFactory.create(union);
        own.addGraph(NodeFactory.createURI(name), list);
        return new FileView(reader(view), reader(own));
    }

    /** A reader of these graphs alone, under one union copied from them (the texts whose correspondences are computed). */
    static GraphReader only(Map<String, Graph> graphs) {
        Graph union = GraphFactory.createDefaultGraph();
        graphs.values().forEach(g -> g.find().forEachRemaining(union::add));
        DatasetGraph view = DatasetGraphFactory.create(union);
        graphs.forEach((g, graph) -> view.addGraph(NodeFactory.createURI(g), graph));
        return reader(view);
    }

    private void add(String graph) {
        if (!named.containsKey(graph)) {
            Graph g = after.graph(graph);
            named.put(graph, g);
            g.find().forEachRemaining(texts::add);
        }
    }

    private static GraphReader reader(DatasetGraph view) {
        return (Query query) -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(view)).query(query).build()) {
                return ResultSetFactory.copyResults(qe.execSelect());
            }
        };
    }
}
