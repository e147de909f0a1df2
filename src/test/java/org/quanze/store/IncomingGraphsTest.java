package org.quanze.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/**
 * The union of a write's graphs answers as one graph would: a triple several graphs hold is seen once, whether
 * asked for by all three terms (answered by asking the graphs holding its subject one by one), by its subject,
 * or by nothing at all; a triple no graph holds is not seen.
 */
class IncomingGraphsTest {

    private static final Node VERSION = NodeFactory.createURI("https://example.org/law/2010");
    private static final Node HAS_PART = NodeFactory.createURI("http://data.europa.eu/eli/ontology#has_part");
    private static final Node ARTICLE = NodeFactory.createURI("https://example.org/law/2010/article/45");
    private static final Node OTHER = NodeFactory.createURI("https://example.org/law/2010/article/46");

    @Test
    void shouldSeeATripleHeldByManyGraphsOnce() {
        IncomingGraphs union = union(30);
        Triple part = Triple.create(VERSION, HAS_PART, ARTICLE);

        assertThat(union.contains(part)).isTrue();
        assertThat(union.find(part).toList()).containsExactly(part);
        assertThat(union.find(VERSION, HAS_PART, Node.ANY).toList()).containsExactlyInAnyOrder(part,
                Triple.create(VERSION, HAS_PART, OTHER));
        assertThat(union.find().toList()).hasSize(2 + 30);
    }

    @Test
    void shouldNotSeeATripleNoGraphHolds() {
        IncomingGraphs union = union(3);
        Triple missing = Triple.create(ARTICLE, HAS_PART, VERSION);

        assertThat(union.contains(missing)).isFalse();
        assertThat(union.find(missing).toList()).isEmpty();
        assertThat(union.contains(Triple.create(VERSION, HAS_PART, NodeFactory.createURI("https://example.org/x"))))
                .isFalse();
    }

    /** Graphs that each state both articles of the version (as list graphs state what they cite), and one fact of their own. */
    private static IncomingGraphs union(int graphs) {
        Map<Node, Graph> incoming = new LinkedHashMap<>();
        for (int i = 0; i < graphs; i++) {
            Graph g = GraphFactory.createDefaultGraph();
            g.add(VERSION, HAS_PART, ARTICLE);
            g.add(VERSION, HAS_PART, OTHER);
            g.add(NodeFactory.createURI("https://example.org/list/" + i), HAS_PART, NodeFactory.createLiteralString("list " + i));
            incoming.put(NodeFactory.createURI("https://example.org/graph/" + i), g);
        }
        return new IncomingGraphs(incoming);
    }
}
