package org.quanze.store;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * The union of the named graphs of a dataset but some (those a write replaces), as it was last
 * committed when read in a read transaction: what a write keeps. A triple held by several graphs
 * is seen once (the quad indexes TDB2 uses when the graph is not given keep the graph last, so
 * the copies of a triple come together).
 */
final class KeptGraphs extends GraphBase {

    private final DatasetGraph dsg;
    private final Set<Node> leftOut;

    KeptGraphs(DatasetGraph dsg, Set<Node> leftOut) {
        this.dsg = dsg;
        this.leftOut = Set.copyOf(leftOut);
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple m) {
        Node s = m.getMatchSubject();
        Node p = m.getMatchPredicate();
        Node o = m.getMatchObject();
        var triples = Iter.map(Iter.filter(dsg.find(Node.ANY, any(s), any(p), any(o)),
                (Quad q) -> !q.isDefaultGraph() && !leftOut.contains(q.getGraph())), Quad::asTriple);
        if (s == null && p == null && o == null) {
            Set<Triple> seen = new HashSet<>();
            return WrappedIterator.create(Iter.filter(triples, seen::add));
        }
        return WrappedIterator.create(Iter.distinctAdjacent(triples));
    }

    private static Node any(Node n) {
        return n == null ? Node.ANY : n;
    }
}
