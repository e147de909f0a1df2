package org.quanze.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.junit.jupiter.api.Test;
import org.quanze.Fixtures;

class ShapesTest {

    private final ShapeCheck shapes = new ShapeCheck(Fixtures.ontology().shapes());

    private static Model fixture(String name) {
        return RDFDataMgr.loadModel("src/test/resources/testing/shapes/" + name + ".ttl");
    }

    @Test
    void shouldAcceptAMinimalWellFormedGraph() {
        assertThat(shapes.violations(fixture("valid-power").getGraph())).isEmpty();
    }

    @Test
    void shouldRejectADutyThatNoPowerHas() {
        assertThat(shapes.violations(fixture("duty-without-power").getGraph()))
                .anySatisfy(v -> assertThat(v).contains("https://example.org/t/orphan")
                        .contains("a duty must belong to exactly one power"));
    }

    @Test
    void shouldRejectACitationOfTwoArticlesButAcceptADocumentCitedAsAWhole() {
        assertThat(shapes.violations(fixture("citation-with-two-articles").getGraph()))
                .anySatisfy(v -> assertThat(v).contains("https://example.org/t/citation")
                        .contains("a citation must resolve to one article at most"));
        assertThat(shapes.violations(fixture("citation-of-a-whole-document").getGraph())).isEmpty();
    }

    /**
     * The SPARQL constraints are checked with one query over the whole graph ({@link WholeGraphSparql}), not one per
     * focus node as Jena does: the same violations, worded the same, as Jena's own validation of every shape gives,
     * with and without the ontology (whose subclasses widen the shapes' targets) in the graph checked.
     */
    @Test
    void shouldReportWhatJenaReportsForTheSparqlConstraints() {
        int sparqlConstraints = Fixtures.ontology().shapes().getGraph()
                .find(Node.ANY, SHACL.sparql, Node.ANY).toList().size();
        assertThat(WholeGraphSparql.of(Fixtures.ontology().shapes()).size()).as("every SPARQL constraint of the shapes")
                .isEqualTo(sparqlConstraints).isPositive();
        Model broken = fixture("sparql-constraints-broken");
        Model withOntology = ModelFactory.createDefaultModel().add(broken).add(Fixtures.ontology().vocabulary());
        for (Model data : List.of(broken, withOntology)) {
            List<String> jena = ShapeCheck.describe(ShaclValidator.get().validate(Fixtures.ontology().shapes(), data.getGraph()));
            assertThat(jena).as("Jena's own validation").filteredOn(v -> v.contains("must be part of the version")).hasSize(2);
            assertThat(jena).filteredOn(v -> v.contains("a repealed article has no successor")).hasSizeGreaterThanOrEqualTo(2);
            assertThat(shapes.violations(data.getGraph())).containsExactlyInAnyOrderElementsOf(jena);
        }
    }

    @Test
    void shouldFindTheBundledDataConforming() {
        try (Tdb2Store store = Fixtures.loadedStore()) {
            assertThat(store.validate()).isEmpty();
        }
    }

    @Test
    void shouldWriteNothingWhenAWriteWouldNotConform() {
        try (Tdb2Store store = Fixtures.loadedStore()) {
            String before = nquads(store);
            var bad = new GraphStore.GraphUpdate("https://example.org/t/graph", fixture("duty-without-power"));
            assertThatThrownBy(() -> store.apply(List.of(bad)))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("nothing was written")
                    .hasMessageContaining("a duty must belong to exactly one power");
            assertThat(nquads(store)).isEqualTo(before);
        }
    }

    private static String nquads(Tdb2Store store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(out, Lang.NQUADS);
        return out.toString(StandardCharsets.UTF_8);
    }
}
