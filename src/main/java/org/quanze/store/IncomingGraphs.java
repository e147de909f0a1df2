package org.quanze.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NullIterator;
import org.apache.jena.util.iterator.SingletonIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * The union of the graphs a write brings (one per source file, and the derived graph), read-only
 * and in memory. A lookup by subject or by object goes only to the graphs that hold that node,
 * so that a load of hundreds of files is read as fast as one graph; a triple held by several of
 * them is seen once.
 */
final class IncomingGraphs extends GraphBase {

    private final Map<Node, Graph> graphs = new LinkedHashMap<>();
    private final Map<Node, List<Graph>> bySubject = new HashMap<>();
    private final Map<Node, List<Graph>> byObject = new HashMap<>();

    IncomingGraphs(Map<Node, Graph> graphs) {
        graphs.forEach(this::put);
    }

    /** Adds a graph (the derived graph, once computed). */
    void put(Node name, Graph graph) {
        graphs.put(name, graph);
        graph.find().forEachRemaining(t -> {
            index(bySubject, t.getSubject(), graph);
            if (!t.getObject().isLiteral()) {
                index(byObject, t.getObject(), graph);
            }
        });
    }

    /** The graphs by name, in the order they came. */
    Map<Node, Graph> graphs() {
        return graphs;
    }

    /** Whether a node is a subject or (an IRI or blank) object in any of the graphs. */
    boolean mentions(Node node) {
        return bySubject.containsKey(node) || byObject.containsKey(node);
    }

    private static void index(Map<Node, List<Graph>> index, Node node, Graph graph) {
        List<Graph> holders = index.computeIfAbsent(node, n -> new ArrayList<>(1));
        if (holders.isEmpty() || holders.get(holders.size() - 1) != graph) {
            holders.add(graph);
        }
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        Node s = pattern.getMatchSubject();
        Node o = pattern.getMatchObject();
        List<Graph> holders;
        if (s != null) {
            holders = bySubject.getOrDefault(s, List.of());
        } else if (o != null && !o.isLiteral()) {
            holders = byObject.getOrDefault(o, List.of());
        } else {
            holders = List.copyOf(graphs.values());
        }
        if (holders.isEmpty()) {
            return NullIterator.instance();
        }
        if (holders.size() == 1) {
            return holders.get(0).find(pattern);
        }
        if (pattern.isConcrete()) {
            // A triple asked for by all three of its terms (what FILTER NOT EXISTS asks): at most one answer.
            return graphBaseContains(pattern) ? new SingletonIterator<>(pattern) : NullIterator.instance();
        }
        // Each graph's find opened only when the one before is read to its end: a caller that stops at the first
        // answer opens one, not one per holder.
        Set<Triple> seen = new HashSet<>();
        Iterator<Iterator<Triple>> each = holders.stream().<Iterator<Triple>>map(g -> g.find(pattern)).iterator();
        return WrappedIterator.createIteratorIterator(each).filterKeep(seen::add);
    }

    /**
     * Whether any graph holding the triple's subject holds the triple, asking them one by one until one does: a find
     * over the union would open an iterator on each of them first (an article's version is the subject of a triple in
     * every list graph citing it: 800 at 100×, for each citation checked).
     */
    @Override
    public boolean graphBaseContains(Triple t) {
        Node s = t.getSubject();
        Node o = t.getObject();
        if (!s.isConcrete() || !t.getPredicate().isConcrete() || !o.isConcrete()) {
            return super.graphBaseContains(t);
        }
        for (Graph g : bySubject.getOrDefault(s, List.of())) {
            if (g.contains(t)) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected int graphBaseSize() {
        return graphs.values().stream().mapToInt(Graph::size).sum();
    }
}
