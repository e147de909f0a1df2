package org.quanze.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.quanze.Fixtures;
import org.quanze.load.LoadListener;
import org.quanze.load.Source;
import org.quanze.store.GraphStore;
import org.quanze.store.Tdb2Store;

/** The correspondence and health graphs: what they hold, and that a load can write them with its own graphs. */
class ImpactGraphsTest {

    private static final String GRAPHS = "https://w3id.org/quanze/id/graph/";
    private static final String LAW_PAIR = GRAPHS + "correspondence/保守国家秘密法/2010-04-29/2024-02-27";
    private static final String REGULATION_PAIR = GRAPHS + "correspondence/保守国家秘密法实施条例/2014-01-17/2024-07-10";

    @Test
    void shouldKeepOneCorrespondenceGraphPerPairOfConsecutiveVersionsWithOfficialText() {
        List<String> graphs = Fixtures.select(ImpactFixtures.store(),
                "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"" + GRAPHS
                        + "correspondence/\")) } ORDER BY ?g").stream().map(r -> r.get("g")).toList();

        assertThat(graphs).containsExactly(LAW_PAIR, REGULATION_PAIR);
    }

    @Test
    void shouldFind2010Article45InTheSecondParagraphOf2024Article52InTheGraph() {
        List<Map<String, String>> rows = Fixtures.select(ImpactFixtures.store(), """
                SELECT ?type ?successor ?paragraph WHERE {
                  GRAPH <%s> { ?m qz:oldArticle <%s/article/45> ; a ?type ; qz:successor ?successor ;
                                   qz:successorParagraph ?paragraph . FILTER(?type != qz:ArticleMapping) } }"""
                .formatted(LAW_PAIR, ImpactFixtures.LAW_2010));

        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.get("type")).isEqualTo("https://w3id.org/quanze/ontology#Merged");
            assertThat(r.get("successor")).isEqualTo(ImpactFixtures.LAW_2024 + "/article/52");
            assertThat(r.get("paragraph")).isEqualTo(ImpactFixtures.LAW_2024 + "/article/52/paragraph/2");
        });
    }

    @Test
    void shouldFind2010Article28AmendedInto2024Article34InTheGraph() {
        List<Map<String, String>> rows = Fixtures.select(ImpactFixtures.store(), """
                SELECT ?type ?successor ?paragraph WHERE {
                  ?m qz:oldArticle <%s/article/28> ; a ?type ; qz:successor ?successor .
                  OPTIONAL { ?m qz:successorParagraph ?paragraph } FILTER(?type != qz:ArticleMapping) }"""
                .formatted(ImpactFixtures.LAW_2010));

        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.get("type")).isEqualTo("https://w3id.org/quanze/ontology#Amended");
            assertThat(r.get("successor")).isEqualTo(ImpactFixtures.LAW_2024 + "/article/34");
            assertThat(r.get("paragraph")).as("the whole of 第三十四条").isNull();
        });
    }

    @Test
    void shouldMapEveryOldArticleOnceAndNameTheNewArticlesWithoutPredecessor() {
        String counts = """
                SELECT (COUNT(DISTINCT ?m) AS ?mappings) (COUNT(DISTINCT ?old) AS ?olds) (COUNT(DISTINCT ?new) AS ?news)
                WHERE { GRAPH <%s> { ?c qz:hasMapping ?m . ?m qz:oldArticle ?old . OPTIONAL { ?c qz:withoutPredecessor ?new } } }""";

        assertThat(Fixtures.select(ImpactFixtures.store(), counts.formatted(LAW_PAIR)))
                .containsExactly(Map.of("mappings", "53", "olds", "53", "news", "10"));
        assertThat(Fixtures.select(ImpactFixtures.store(), counts.formatted(REGULATION_PAIR)).get(0))
                .containsEntry("mappings", "45").containsEntry("olds", "45");
        assertThat(Fixtures.value(ImpactFixtures.store(), """
                SELECT (COUNT(*) AS ?n) WHERE { ?m qz:oldArticle ?a ; qz:curated true ; qz:reason ?r . }"""))
                .as("the curated override of 2010 第二十九条, with its reason").isEqualTo("1");
    }

    @Test
    void shouldWriteNothingWhenTheGraphsAreCurrent() {
        assertThat(ImpactFixtures.graphs().updates(ImpactFixtures.store(), List.of())).isEmpty();
    }

    @Test
    void shouldGiveALoadTheGraphsItCallsForBeforeItIsWritten() {
        Tdb2Store loaded = Fixtures.loadedStore();
        List<GraphStore.GraphUpdate> pending = namedGraphs(loaded);
        Tdb2Store empty = Fixtures.emptyStore();

        List<GraphStore.GraphUpdate> extra = ImpactFixtures.graphs().updates(empty, pending);

        assertThat(extra).extracting(GraphStore.GraphUpdate::graphName)
                .containsExactlyInAnyOrder(LAW_PAIR, REGULATION_PAIR, GRAPHS + "health",
                        GRAPHS + "health/yulin-secrecy-bureau.txt");
        List<GraphStore.GraphUpdate> all = new ArrayList<>(pending);
        all.addAll(extra);
        empty.apply(all);
        for (GraphStore.GraphUpdate u : extra) {
            assertThat(graph(empty, u.graphName()).isIsomorphicWith(graph(ImpactFixtures.store(), u.graphName())))
                    .as("%s as the load writes it and as a refresh writes it", u.graphName()).isTrue();
        }
        assertThat(ImpactFixtures.graphs().updates(empty, List.of())).isEmpty();
    }

    @Test
    void shouldDropTheCorrespondenceOfAPairThatIsNoLongerThere() {
        Tdb2Store store = Fixtures.emptyStore();
        Fixtures.loader(store).load(Fixtures.secrecyTexts(), LoadListener.NONE);
        ImpactGraphs graphs = ImpactFixtures.graphs();
        graphs.refresh(store);
        String stale = GRAPHS + "correspondence/保守国家秘密法/2010-04-29/2030-01-01";
        Model leftOver = ModelFactory.createDefaultModel();
        leftOver.add(leftOver.createResource("urn:x"), leftOver.createProperty("urn:p"), "left over");
        store.apply(List.of(new GraphStore.GraphUpdate(stale, leftOver)));

        List<GraphStore.GraphUpdate> updates = graphs.updates(store, List.of());

        assertThat(updates).singleElement().satisfies(u -> {
            assertThat(u.graphName()).isEqualTo(stale);
            assertThat(u.content().isEmpty()).isTrue();
        });
    }

    private static Model graph(GraphStore store, String name) {
        return store.construct(QueryFactory.create("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + name + "> { ?s ?p ?o } }"));
    }

    /** Every named graph of a store but the derived one, as a load would bring them. */
    private static List<GraphStore.GraphUpdate> namedGraphs(GraphStore store) {
        Map<String, Model> graphs = new LinkedHashMap<>();
        ResultSetRewindable rs = store.select(QueryFactory.create("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"));
        rs.forEachRemaining(r -> {
            String g = r.getResource("g").getURI();
            if (!g.equals(Fixtures.IRIS.derivedGraph())) {
                Model m = graphs.computeIfAbsent(g, x -> ModelFactory.createDefaultModel());
                m.add(m.asStatement(org.apache.jena.graph.Triple.create(r.get("s").asNode(), r.get("p").asNode(),
                        r.get("o").asNode())));
            }
        });
        return graphs.entrySet().stream().map(e -> new GraphStore.GraphUpdate(e.getKey(), e.getValue())).toList();
    }
}
