package org.quanze.store;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDFS;

/**
 * Derives and checks what a write will leave, before anything is written, from the last commit
 * (read in a read transaction of the calling thread, so that it can run while the writer adds
 * the quads) and the new graphs in memory: the store after the write is the new graphs layered
 * over the graphs kept. The shapes are checked on the nodes the write can affect
 * ({@link ChangeScope}) when they are local and the store conformed to them before; otherwise on
 * everything.
 */
record WriteCheck(Derivation derivation, ShapeCheck shapes, Node derivedGraph) {

    /** The derived graph, the violations (empty: the write may commit), and how the check went. */
    record Outcome(Graph derived, List<String> violations, boolean full, int checkedNodes, long deriveMillis,
                   long validateMillis) {
    }

    /**
     * @param replaced the graphs the write replaces (the derived graph among them)
     * @param full     whether to check everything whatever the scope
     */
    Outcome run(DatasetGraph dsg, Map<Node, Graph> incoming, Set<Node> replaced, boolean full) {
        long start = System.nanoTime();
        Graph old = full ? GraphFactory.createGraphMem() : contents(dsg, replaced);
        Predicate<Node> known = knownNodes(dsg);
        IncomingGraphs fresh = new IncomingGraphs(incoming);
        Graph kept = new KeptGraphs(dsg, replaced);
        Graph after = new Layered(fresh, kept, known);
        Graph derived = derivation.derive(view(dsg, replaced, after, incoming));
        fresh.put(derivedGraph, derived);
        long derivedAt = System.nanoTime();
        boolean everything = full || hierarchyChanged(fresh, old, kept);
        Graph checkedGraph = new TypeMemo(after);
        List<String> violations;
        int checked = -1;
        if (everything) {
            violations = shapes.violations(checkedGraph);
        } else {
            Set<Node> candidates = ChangeScope.candidates(fresh, old, kept, known, after);
            candidates.addAll(shapes.namedFocusNodes());
            checked = candidates.size();
            violations = shapes.violations(checkedGraph, candidates);
        }
        long end = System.nanoTime();
        return new Outcome(derived, violations, everything, checked, (derivedAt - start) / 1_000_000,
                (end - derivedAt) / 1_000_000);
    }

    /** What the graphs hold, copied into memory (the graphs a write replaces: small beside the store). */
    private static Graph contents(DatasetGraph dsg, Set<Node> graphs) {
        Graph copy = GraphFactory.createGraphMem();
        for (Node g : graphs) {
            dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> copy.add(q.asTriple()));
        }
        return copy;
    }

    /** Whether a node has an id in the store (it may have been in a graph before). */
    private static Predicate<Node> knownNodes(DatasetGraph dsg) {
        if (!TDBInternal.isBackedByTDB(dsg)) {
            return n -> true;
        }
        NodeTable nodes = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable().getNodeTable();
        Map<Node, Boolean> seen = new java.util.HashMap<>();
        return n -> seen.computeIfAbsent(n, x -> !NodeId.isDoesNotExist(nodes.getNodeIdForNode(x)));
    }

    /**
     * Whether the union gains or loses an {@code rdfs:subClassOf} triple: that can change which
     * nodes every shape targets, so such a write is checked in full.
     */
    private static boolean hierarchyChanged(Graph fresh, Graph old, Graph kept) {
        Node sub = RDFS.subClassOf.asNode();
        return fresh.find(Node.ANY, sub, Node.ANY).filterDrop(t -> old.contains(t) || kept.contains(t)).hasNext()
                || old.find(Node.ANY, sub, Node.ANY).filterDrop(t -> fresh.contains(t) || kept.contains(t)).hasNext();
    }

    /**
     * The dataset the rules run over: the union after the write as its default graph and every
     * graph by name (the kept ones from the store, the new ones in memory), as {@code GRAPH ?g} expects.
     */
    private static DatasetGraph view(DatasetGraph dsg, Set<Node> replaced, Graph union, Map<Node, Graph> incoming) {
        DatasetGraph view = DatasetGraphFactory.create(union);
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (!replaced.contains(g)) {
                view.addGraph(g, new ReadOnly(dsg.getGraph(g)));
            }
        });
        incoming.forEach(view::addGraph);
        return view;
    }
}
