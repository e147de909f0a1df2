package org.quanze.impact;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.quanze.reading.GraphReader;

/**
 * What the findings of one list file are computed from: its graph, the graphs of the official texts of
 * the documents it cites, and the ontology (the scheme of levels), as the load leaves them — the graphs
 * themselves, not copies, under a union that stands for the store's. Nothing else of the store bears
 * on the file's findings but the level tags of other lists, which the caller adds up from the kept
 * tallies. The derived graph is left out: the health check reads no derived fact (it reads a document's
 * level from the sources only, the derived level being the one the citations tag most often).
 */
final class Neighbourhood implements GraphReader {

    /**
     * Up to this many graphs, the union looks in each for every pattern (nothing copied: a list file cites
     * a few texts); beyond, it is one graph holding every triple once, as a union of a hundred texts (the
     * correspondences of a whole library) looked up graph by graph is slower than the copy.
     */
    private static final int LINKED = 32;

    private final DatasetGraph view;

    private Neighbourhood(DatasetGraph view) {
        this.view = view;
    }

    /** @param graphs graph name → graph: the list file's, the official texts', the ontology's */
    static Neighbourhood of(Map<String, Graph> graphs) {
        List<Graph> parts = new ArrayList<>(graphs.values());
        DatasetGraph view = DatasetGraphFactory.create(parts.size() <= LINKED ? new MultiUnion(parts.toArray(Graph[]::new))
                : copy(parts));
        graphs.forEach((name, g) -> view.addGraph(NodeFactory.createURI(name), g));
        return new Neighbourhood(view);
    }

    private static Graph copy(List<Graph> parts) {
        Graph union = GraphFactory.createDefaultGraph();
        parts.forEach(g -> g.find().forEachRemaining(union::add));
        return union;
    }

    @Override
    public ResultSetRewindable select(Query query) {
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(view)).query(query).build()) {
            return ResultSetFactory.copyResults(qe.execSelect());
        }
    }
}
