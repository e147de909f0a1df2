package org.quanze.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quanze.Fixtures;

/**
 * The scoped check of a write (only the nodes {@link ChangeScope} names) must report exactly what
 * the full check reports, on the real data, for changes inside the written graph and for changes
 * that reach nodes of the graphs the write keeps (an article the list cites loses its type).
 */
class ScopedCheckTest {

    private static final Node YULIN = NodeFactory.createURI(Fixtures.IRIS.graph("yulin-secrecy-bureau.txt"));
    private static final Node LAW_2010 = NodeFactory.createURI(Fixtures.IRIS.graph("secrecy-law-2010.md"));
    private static final Node DERIVED = NodeFactory.createURI(Fixtures.IRIS.derivedGraph());

    private static Tdb2Store store;
    private static WriteCheck check;
    private static ShapeCheck shapes;

    @BeforeAll
    static void load() {
        store = Fixtures.loadedStore();
        Derivation derivation = new Derivation(Fixtures.ontology().rules());
        shapes = new ShapeCheck(Fixtures.ontology().shapes());
        assertThat(shapes.isLocal()).as("the bundled shapes are local, so writes are scoped").isTrue();
        check = new WriteCheck(derivation, shapes, DERIVED);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void shouldReportWhatTheFullCheckReportsWhenTriplesOfTheListAreRemoved() {
        Random random = new Random(20241029);
        List<Triple> triples = contents(YULIN).find().toList();
        int withViolations = 0;
        for (int i = 0; i < 8; i++) {
            Triple gone = triples.get(random.nextInt(triples.size()));
            withViolations += compare(YULIN, g -> without(g, gone), "without " + gone);
        }
        for (Triple typed : typeTriples(YULIN, YULIN, 3)) {
            withViolations += compare(YULIN, g -> without(g, typed), "without " + typed);
        }
        assertThat(withViolations).as("some of these changes break the shapes").isPositive();
    }

    @Test
    void shouldReportWhatTheFullCheckReportsWhenTheArticlesAListCitesChange() {
        Graph list = contents(YULIN);
        int withViolations = 0;
        Graph law = contents(LAW_2010);
        for (Node article : citedArticles(list, law, 4)) {
            // Its text status is then derived (known only from the list): no violation, but both checks must agree.
            withViolations += compare(LAW_2010, g -> strip(g, article, list), "the law says nothing of " + article);
            withViolations += compare(LAW_2010, g -> renumbered(g, article), "a second number for " + article);
        }
        assertThat(withViolations).as("an article with two numbers breaks the shapes").isPositive();
    }

    /**
     * A node whose triples are all in a graph the write keeps, and whose conformance hangs on the
     * type of its neighbour, which the written graph held: the check must reach it.
     */
    @Test
    void shouldCheckTheNeighboursOfANodeThatLosesItsTypeInAnotherGraph() {
        Model file = ModelFactory.createDefaultModel();
        Model rest = RDFDataMgr.loadModel("src/test/resources/testing/shapes/valid-power.ttl");
        Resource f = rest.createResource("https://example.org/t/file");
        file.add(rest.listStatements(f, null, (RDFNode) null));
        rest.removeAll(f, null, null);
        try (Tdb2Store small = Fixtures.emptyStore()) {
            small.apply(List.of(new GraphStore.GraphUpdate("https://example.org/t/file-graph", file),
                    new GraphStore.GraphUpdate("https://example.org/t/rest", rest)));
            small.apply(List.of(new GraphStore.GraphUpdate("https://example.org/t/file-graph", file)));
            assertThat(small.lastWrite().asMap()).containsEntry("check.full", 0L);

            Model untyped = ModelFactory.createDefaultModel().add(file).remove(f, RDF.type, rest.createResource(
                    "https://w3id.org/quanze/ontology#SourceFile"));
            assertThatThrownBy(() -> small.apply(List.of(new GraphStore.GraphUpdate("https://example.org/t/file-graph",
                    untyped)))).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("https://example.org/t/cell")
                    .hasMessageContaining("https://example.org/t/list");
        }
    }

    @Test
    void shouldAcceptTheSameGraphWrittenAgainWithoutCheckingEverything() {
        WriteCheck.Outcome scoped = run(YULIN, contents(YULIN), false);
        assertThat(scoped.violations()).isEmpty();
        assertThat(scoped.full()).isFalse();
        assertThat(scoped.checkedNodes()).as("nothing changed: only the shapes' named focus nodes")
                .isEqualTo(shapes.namedFocusNodes().size());
    }

    /**
     * The written graph and the derived graph are rewritten whole and grow with the list and the
     * store: a change of one label must check the power and its neighbours, not every node again.
     */
    @Test
    void shouldCheckOnlyTheNodesNearAChangedTriple() {
        Graph list = contents(YULIN);
        Node label = org.apache.jena.vocabulary.RDFS.label.asNode();
        Triple named = list.find(Node.ANY, label, Node.ANY).filterKeep(t -> t.getSubject().getURI().contains("/power/"))
                .next();
        Graph renamed = contents(YULIN);
        renamed.delete(named);
        renamed.add(Triple.create(named.getSubject(), label, NodeFactory.createLiteralString("改名的权力")));
        int neighbours = contents(YULIN).find(named.getSubject(), Node.ANY, Node.ANY).toList().size()
                + contents(YULIN).find(Node.ANY, Node.ANY, named.getSubject()).toList().size();

        WriteCheck.Outcome scoped = run(YULIN, renamed, false);

        assertThat(scoped.violations()).isEmpty();
        assertThat(scoped.checkedNodes()).isPositive()
                .isLessThanOrEqualTo(shapes.namedFocusNodes().size() + neighbours + 1)
                .isLessThan(list.find().mapWith(Triple::getSubject).toSet().size() / 10);
    }

    /** 1 when the change has violations, after asserting that both checks report the same. */
    private static int compare(Node graph, UnaryOperator<Graph> change, String what) {
        Graph changed = change.apply(contents(graph));
        WriteCheck.Outcome scoped = run(graph, changed, false);
        WriteCheck.Outcome full = run(graph, changed, true);
        assertThat(scoped.full()).as(what).isFalse();
        assertThat(new HashSet<>(scoped.violations())).as(what).isEqualTo(new HashSet<>(full.violations()));
        return full.violations().isEmpty() ? 0 : 1;
    }

    private static WriteCheck.Outcome run(Node graph, Graph content, boolean full) {
        DatasetGraph dsg = store.datasetGraph();
        Map<Node, Graph> incoming = new LinkedHashMap<>(Map.of(graph, content));
        Set<Node> replaced = new LinkedHashSet<>(List.of(graph, DERIVED));
        return Txn.calculateRead(dsg, () -> check.run(dsg, incoming, replaced, full));
    }

    private static Graph contents(Node graph) {
        DatasetGraph dsg = store.datasetGraph();
        Graph copy = GraphFactory.createGraphMem();
        Txn.executeRead(dsg, () -> dsg.find(graph, Node.ANY, Node.ANY, Node.ANY)
                .forEachRemaining(q -> copy.add(q.asTriple())));
        return copy;
    }

    /** The first {@code n} type triples of {@code graph} whose subject {@code referrer} points at. */
    private static List<Triple> typeTriples(Node graph, Node referrer, int n) {
        Graph g = contents(graph);
        Graph r = contents(referrer);
        List<Triple> found = new ArrayList<>();
        g.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            if (found.size() < n && r.contains(Node.ANY, Node.ANY, t.getSubject())
                    && !t.getSubject().getURI().contains("/source/")) {
                found.add(t);
            }
        });
        return found;
    }

    /** The first {@code n} articles the list cites that the law describes. */
    private static List<Node> citedArticles(Graph list, Graph law, int n) {
        Node cites = NodeFactory.createURI("https://w3id.org/quanze/ontology#citesArticle");
        return list.find(Node.ANY, cites, Node.ANY).mapWith(Triple::getObject).toSet().stream()
                .filter(a -> law.contains(a, Node.ANY, Node.ANY)).sorted(java.util.Comparator.comparing(Node::getURI)).limit(n).toList();
    }

    /** {@code g} without the triples about {@code node} that {@code kept} does not hold as well. */
    private static Graph strip(Graph g, Node node, Graph kept) {
        g.find(node, Node.ANY, Node.ANY).filterDrop(kept::contains).toList().forEach(g::delete);
        return g;
    }

    private static Graph renumbered(Graph g, Node article) {
        g.add(Triple.create(article, NodeFactory.createURI("https://w3id.org/quanze/ontology#articleNumber"),
                NodeFactory.createLiteralByValue(999, org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)));
        return g;
    }

    private static Graph without(Graph g, Triple t) {
        g.delete(t);
        return g;
    }
}
