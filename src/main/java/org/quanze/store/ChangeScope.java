package org.quanze.store;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * The focus nodes whose conformance a write can change, when the shapes are local
 * ({@link ShapeCheck#isLocal}) and the store conformed before:
 * <ul>
 * <li>every node of the graphs written and of the graphs they replace (derived graph included);</li>
 * <li>the neighbours (after the write) of every node that was in the store already and is the
 * subject of a triple that the union of all graphs gains or loses: the nodes whose values'
 * types or whose SPARQL constraints read that triple.</li>
 * </ul>
 * A node new to the store has all its triples in the written graphs, so its neighbours are
 * nodes of those graphs already. Triples of the written graphs that other graphs hold as well
 * (an article every list repeats) change nothing and widen nothing.
 */
final class ChangeScope {

    private ChangeScope() {
    }

    /**
     * @param incoming the graphs written, derived graph included
     * @param old      what the replaced graphs held (derived graph included)
     * @param others   the union of the graphs the write keeps
     * @param known    whether a node was in the store before the write
     * @param after    the union of all graphs after the write
     */
    static Set<Node> candidates(IncomingGraphs incoming, Graph old, Graph others, Predicate<Node> known, Graph after) {
        Set<Node> nodes = incoming.nodes();
        old.find().forEachRemaining(t -> addNodes(nodes, t));
        Set<Node> widen = new HashSet<>();
        for (Graph g : incoming.graphs().values()) {
            g.find().forEachRemaining(t -> {
                Node s = t.getSubject();
                if (!widen.contains(s) && known.test(s) && !old.contains(t) && !others.contains(t)) {
                    widen.add(s);
                }
            });
        }
        old.find().forEachRemaining(t -> {
            if (!widen.contains(t.getSubject()) && !incoming.contains(t) && !others.contains(t)) {
                widen.add(t.getSubject());
            }
        });
        for (Node s : widen) {
            after.find(s, Node.ANY, Node.ANY).forEachRemaining(t -> addNode(nodes, t.getObject()));
            after.find(Node.ANY, Node.ANY, s).forEachRemaining(t -> addNode(nodes, t.getSubject()));
        }
        return nodes;
    }

    private static void addNodes(Set<Node> nodes, Triple t) {
        addNode(nodes, t.getSubject());
        addNode(nodes, t.getObject());
    }

    private static void addNode(Set<Node> nodes, Node n) {
        if (!n.isLiteral()) {
            nodes.add(n);
        }
    }
}
