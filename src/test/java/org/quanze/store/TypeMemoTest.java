package org.quanze.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.WrappedGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** The types and superclasses a shape check asks for are read from the graph once, and are the graph's. */
class TypeMemoTest {

    private static final Node ARTICLE = NodeFactory.createURI("https://example.org/article/55");
    private static final Node ARTICLE_CLASS = NodeFactory.createURI("https://w3id.org/quanze/ontology#Article");
    private static final Node PART = NodeFactory.createURI("https://w3id.org/quanze/ontology#Part");

    @Test
    void shouldReadEachNodesTypesOnceAndAnswerAsTheGraphDoes() {
        Graph data = GraphFactory.createGraphMem();
        data.add(Triple.create(ARTICLE, RDF.type.asNode(), ARTICLE_CLASS));
        data.add(Triple.create(ARTICLE_CLASS, RDFS.subClassOf.asNode(), PART));
        data.add(Triple.create(ARTICLE, RDFS.label.asNode(), NodeFactory.createLiteralString("第五十五条")));
        AtomicInteger reads = new AtomicInteger();
        Graph counted = new WrappedGraph(data) {
            @Override
            public ExtendedIterator<Triple> find(Triple m) {
                reads.incrementAndGet();
                return super.find(m);
            }

            @Override
            public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
                reads.incrementAndGet();
                return super.find(s, p, o);
            }
        };
        TypeMemo memo = new TypeMemo(counted);

        for (int i = 0; i < 5; i++) {
            assertThat(memo.find(ARTICLE, RDF.type.asNode(), Node.ANY).toList())
                    .containsExactly(Triple.create(ARTICLE, RDF.type.asNode(), ARTICLE_CLASS));
            assertThat(memo.find(ARTICLE_CLASS, RDFS.subClassOf.asNode(), Node.ANY).toList()).hasSize(1);
        }
        assertThat(reads).as("once per pattern").hasValue(2);

        assertThat(memo.contains(ARTICLE, RDF.type.asNode(), ARTICLE_CLASS)).isTrue();
        assertThat(memo.find(ARTICLE, RDFS.label.asNode(), Node.ANY).toList()).hasSize(1);
        assertThat(memo.find(Node.ANY, RDF.type.asNode(), ARTICLE_CLASS).toList()).hasSize(1);
        assertThat(reads).as("other patterns go to the graph").hasValue(5);
    }
}
