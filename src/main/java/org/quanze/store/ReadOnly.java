package org.quanze.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * A graph of the store seen for reading only, without its transaction handler: queries over
 * a view that mixes it with graphs in memory then run inside the write transaction already open
 * instead of trying to start one of their own.
 */
final class ReadOnly extends GraphBase {

    private final Graph graph;

    ReadOnly(Graph graph) {
        this.graph = graph;
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        return graph.find(pattern);
    }

    @Override
    public boolean graphBaseContains(Triple t) {
        return graph.contains(t);
    }

    @Override
    protected int graphBaseSize() {
        return graph.size();
    }
}
