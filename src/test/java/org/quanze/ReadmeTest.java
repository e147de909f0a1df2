package org.quanze;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.quanze.vocab.QZ;

/** The README's vocabulary stays the ontology's: a term added to one and not the other fails. */
class ReadmeTest {

    @Test
    void shouldListEveryClassAndPropertyOfTheOntology() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        var vocabulary = Fixtures.ontology().vocabulary();
        int checked = 0;
        for (Resource type : new Resource[] {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}) {
            for (Resource term : vocabulary.listSubjectsWithProperty(RDF.type, type).toList()) {
                if (term.isURIResource() && term.getURI().startsWith(QZ.NS)) {
                    assertThat(readme).as("README lists %s", term).contains("`qz:" + term.getLocalName() + "`");
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(60);
    }

    @Test
    void shouldListEveryNamedQuery() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        for (var query : org.quanze.queries.NamedQueries.load().all()) {
            assertThat(readme).as("README lists queries/%s.rq", query.name()).contains("| `" + query.name() + "` | " + query.titleZh());
        }
    }

    @Test
    void shouldStateTheTwoCommands() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        assertThat(readme).contains("`mvn spring-boot:run`").contains("`mvn verify`");
        assertThat(Files.readString(Path.of(".ci/run"))).contains("mvn -B -ntp verify");
    }
}
