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
 * <li>every node of a triple the write adds or removes: a triple of the graphs written that the
 * graphs replaced did not hold, or the reverse;</li>
 * <li>the neighbours (after the write) of every node that was in the store already and is the
 * subject of a triple that the union of all graphs gains or loses: the nodes whose values'
 * types or whose SPARQL constraints read that triple.</li>
 * </ul>
 * A triple the replaced graphs held and the written ones hold again changes nothing: the derived
 * graph, rewritten whole with every write, grows with the store, and checking all its nodes made
 * each load of a large store check every citation of it again. A node new to the store has all
 * its triples added, so it and its neighbours are nodes of added triples. Triples of the written
 * graphs that other graphs hold as well (an article every list repeats) widen nothing.
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
        Set<Node> nodes = new HashSet<>();
        Set<Node> widen = new HashSet<>();
        for (Graph g : incoming.graphs().values()) {
            g.find().forEachRemaining(t -> {
                if (!old.contains(t)) {
                    addNodes(nodes, t);
                    Node s = t.getSubject();
                    if (!widen.contains(s) && known.test(s) && !others.contains(t)) {
                        widen.add(s);
                    }
                }
            });
        }
        old.find().forEachRemaining(t -> {
            if (!incoming.contains(t)) {
                addNodes(nodes, t);
                if (!widen.contains(t.getSubject()) && !others.contains(t)) {
                    widen.add(t.getSubject());
                }
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
