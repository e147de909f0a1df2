package org.quanze.store;

import java.util.function.Predicate;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * The store as a write will leave it, before anything is added: the new graphs (in memory) over
 * the graphs kept (in TDB2). A lookup whose subject, or else object, has never been in the store
 * is answered by the new graphs alone, without a lookup in TDB2; a triple both layers hold is
 * seen once.
 */
final class Layered extends GraphBase {

    private final Graph top;
    private final Graph below;
    private final Predicate<Node> inBelow;

    /** {@code inBelow} must say true for every node {@code below} holds (it may say true for others). */
    Layered(Graph top, Graph below, Predicate<Node> inBelow) {
        this.top = top;
        this.below = below;
        this.inBelow = inBelow;
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        Node s = pattern.getMatchSubject();
        Node o = pattern.getMatchObject();
        if ((s != null && !inBelow.test(s)) || (o != null && !o.isLiteral() && !inBelow.test(o))) {
            return top.find(pattern);
        }
        return top.find(pattern).andThen(below.find(pattern).filterDrop(top::contains));
    }

    @Override
    public boolean graphBaseContains(Triple t) {
        return top.contains(t) || (inBelow.test(t.getSubject()) && below.contains(t));
    }

    @Override
    protected int graphBaseSize() {
        return top.size() + below.size();
    }
}
