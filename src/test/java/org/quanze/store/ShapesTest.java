package org.quanze.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
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
