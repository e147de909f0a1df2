package org.quanze.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.quanze.Fixtures;
import org.quanze.store.Derivation;

/**
 * The rule that gives a document without official text the level its citations tag it with most
 * often, ties going to the level first in the scheme (written as a join on a grouped subquery, so
 * that Virtuoso runs it too).
 */
class DocumentLevelRuleTest {

    private static final String CITATIONS = """
            @prefix qz:  <https://w3id.org/quanze/ontology#> .
            @prefix lvl: <https://w3id.org/quanze/level/> .
            @prefix : <https://example.org/> .
            # tie between local-regulation (4) and law (2) twice each; departmental-rule (6) once: law
            :c1 qz:citesDocument :tied ; qz:citedLevel lvl:local-regulation .
            :c2 qz:citesDocument :tied ; qz:citedLevel lvl:local-regulation .
            :c3 qz:citesDocument :tied ; qz:citedLevel lvl:law .
            :c4 qz:citesDocument :tied ; qz:citedLevel lvl:law .
            :c5 qz:citesDocument :tied ; qz:citedLevel lvl:departmental-rule .
            # the most frequent wins even when it comes later in the scheme
            :c6 qz:citesDocument :clear ; qz:citedLevel lvl:normative-document .
            :c7 qz:citesDocument :clear ; qz:citedLevel lvl:normative-document .
            :c8 qz:citesDocument :clear ; qz:citedLevel lvl:law .
            # a document with its own level keeps it: nothing is derived
            :c9 qz:citesDocument :official ; qz:citedLevel lvl:law .
            :official qz:level lvl:administrative-regulation .
            """;

    @Test
    void shouldGiveTheMostFrequentLevelAndBreakTiesByTheScheme() {
        Ontology ontology = Fixtures.ontology();
        Model citations = ModelFactory.createDefaultModel().read(new StringReader(CITATIONS), null, "TTL");
        DatasetGraph data = DatasetGraphFactory.createGeneral();
        data.addGraph(NodeFactory.createURI("https://example.org/graph/list"), citations.getGraph());
        data.addGraph(NodeFactory.createURI("https://example.org/graph/ontology"), ontology.vocabulary().getGraph());
        DatasetGraph view = DatasetGraphFactory.create(data.getUnionGraph());
        data.listGraphNodes().forEachRemaining(n -> view.addGraph(n, data.getGraph(n)));

        Graph derived = new Derivation(ontology.rules()).derive(view);

        Map<String, String> levels = new TreeMap<>();
        derived.find(null, NodeFactory.createURI("https://w3id.org/quanze/ontology#level"), null)
                .forEachRemaining(t -> levels.put(t.getSubject().getURI(), t.getObject().getURI()));
        assertThat(levels).containsExactly(
                Map.entry("https://example.org/clear", "https://w3id.org/quanze/level/normative-document"),
                Map.entry("https://example.org/tied", "https://w3id.org/quanze/level/law"));
    }
}
