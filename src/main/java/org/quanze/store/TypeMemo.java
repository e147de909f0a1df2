package org.quanze.store;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * A read-only view of a graph that remembers, for the time of one shape check, the types and the
 * superclasses it was asked for. Every {@code sh:class} constraint asks for the types of its value
 * (and their superclasses); the values are shared — the article thousands of citations cite, the
 * body every list names — and each list graph repeats their types, so through the union of the
 * graphs each of those lookups read one triple per list, again for every citation: at 1000× the
 * data the check spent most of its time there.
 */
final class TypeMemo extends GraphBase {

    private final Graph base;
    private final Map<Triple, List<Triple>> remembered = new ConcurrentHashMap<>();

    TypeMemo(Graph base) {
        this.base = base;
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        if (pattern.getSubject().isConcrete() && !pattern.getObject().isConcrete()
                && (RDF.type.asNode().equals(pattern.getPredicate()) || RDFS.subClassOf.asNode().equals(pattern.getPredicate()))) {
            return WrappedIterator.create(remembered.computeIfAbsent(pattern,
                    p -> List.copyOf(base.find(p).toSet())).iterator());
        }
        return base.find(pattern);
    }

    @Override
    protected int graphBaseSize() {
        return base.size();
    }
}
