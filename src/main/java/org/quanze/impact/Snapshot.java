package org.quanze.impact;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.quanze.reading.GraphReader;
import org.quanze.store.Derivation;
import org.quanze.store.GraphStore;

/**
 * The store as a load is about to leave it, in memory: the stored graphs the load does not
 * replace, the graphs it brings, and the derived graph recomputed over both, exactly as
 * {@link GraphStore#apply} will. What the impact graphs are computed from, before the load is
 * written, so that they go in with it in the same transaction.
 */
final class Snapshot implements GraphReader {

    private static final Query ALL_QUADS = QueryFactory.create("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }");

    private final DatasetGraph view;

    private Snapshot(DatasetGraph view) {
        this.view = view;
    }

    /**
     * @param leftOut graphs not to copy, stored or pending (the impact graphs, which are
     *                recomputed); the derived graph is recomputed too
     */
    static Snapshot of(GraphStore store, List<GraphStore.GraphUpdate> pending, Predicate<String> leftOut,
                       Derivation derivation, String derivedGraph) {
        Set<String> replaced = new HashSet<>();
        pending.forEach(u -> replaced.add(u.graphName()));
        DatasetGraph named = DatasetGraphFactory.createGeneral();
        ResultSetRewindable quads = store.select(ALL_QUADS);
        while (quads.hasNext()) {
            var row = quads.next();
            String graph = row.getResource("g").getURI();
            if (!replaced.contains(graph) && !leftOut.test(graph) && !graph.equals(derivedGraph)) {
                named.add(NodeFactory.createURI(graph), row.get("s").asNode(), row.get("p").asNode(), row.get("o").asNode());
            }
        }
        for (GraphStore.GraphUpdate u : pending) {
            if (leftOut.test(u.graphName())) {
                continue;
            }
            Node name = NodeFactory.createURI(u.graphName());
            u.content().getGraph().find().forEachRemaining(t -> named.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
        }
        Graph union = GraphFactory.createDefaultGraph();
        named.find().forEachRemaining(q -> union.add(q.asTriple()));
        Graph derived = derivation.derive(view(named, union));
        named.addGraph(NodeFactory.createURI(derivedGraph), derived);
        derived.find().forEachRemaining(union::add);
        return new Snapshot(view(named, union));
    }

    /**
     * A dataset whose default graph is the union of the named graphs, as the store presents it. The
     * union is one graph holding every triple once: a union read through the named graphs looks in each
     * of them for every pattern, and a load of the law library brings a thousand and more.
     */
    private static DatasetGraph view(DatasetGraph named, Graph union) {
        DatasetGraph view = DatasetGraphFactory.create(union);
        named.listGraphNodes().forEachRemaining(n -> view.addGraph(n, named.getGraph(n)));
        return view;
    }

    @Override
    public ResultSetRewindable select(Query query) {
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(view)).query(query).build()) {
            return ResultSetFactory.copyResults(qe.execSelect());
        }
    }
}
