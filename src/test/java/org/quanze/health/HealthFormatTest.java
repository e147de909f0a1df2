package org.quanze.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quanze.Fixtures;

/**
 * Ties {@link HealthGraph#FORMAT} to what the findings graphs hold. A store written by an older release
 * is recomputed at start only when its recorded format differs from this release's, so a change to what
 * those graphs hold that does not raise the format leaves old stores serving pages that read what they
 * lack. The shape (each kind of subject, its predicates and the kind of their objects) of the findings
 * graphs of every bundled list is kept beside the format it was recorded for; a different shape under the
 * same number fails here.
 */
class HealthFormatTest {

    private static final String SHAPE = """
            SELECT DISTINCT ?type ?p ?object WHERE {
              GRAPH ?g { ?s ?p ?o OPTIONAL { ?s a ?t } }
              FILTER(STRSTARTS(STR(?g), "%s"))
              BIND(COALESCE(STR(?t), "-") AS ?type)
              BIND(IF(isIRI(?o), "IRI", IF(isBlank(?o), "blank node", STR(DATATYPE(?o)))) AS ?object)
            } ORDER BY ?type ?p ?object""";

    @Test
    void shouldRecordTheShapeOfTheFindingsGraphsUnderTheirFormat() throws IOException {
        List<Map<String, String>> rows = Fixtures.select(Fixtures.bundledStore(), SHAPE.formatted(Fixtures.IRIS.healthGraph()));
        String shape = String.join("\n", rows.stream().map(r -> r.get("type") + " " + r.get("p") + " " + r.get("object"))
                .toList()) + "\n";
        Path recorded = Path.of("src/test/resources/health-format/" + HealthGraph.FORMAT + ".txt");
        Path now = Path.of("target/health-format-" + HealthGraph.FORMAT + ".txt");
        Files.writeString(now, shape, StandardCharsets.UTF_8);

        assertThat(rows).as("the findings graphs of the bundled lists").hasSizeGreaterThan(20);
        assertThat(recorded).as("the shape of format %d is recorded (the shape written now is in %s)", HealthGraph.FORMAT, now)
                .exists();
        assertThat(shape).as("the findings graphs hold another shape than format %d recorded in %s: raise "
                        + "HealthGraph.FORMAT, so that stores written before are recomputed at start, and record the new "
                        + "shape (written now to %s) under the new number", HealthGraph.FORMAT, recorded, now)
                .isEqualTo(Files.readString(recorded, StandardCharsets.UTF_8));
    }
}
