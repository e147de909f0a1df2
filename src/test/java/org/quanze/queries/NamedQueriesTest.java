package org.quanze.queries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NamedQueriesTest {

    @Test
    void shouldReadTheCatalogueFromTheClassPath() {
        NamedQueries catalogue = NamedQueries.load();
        assertThat(catalogue.all()).extracting(NamedQuery::name).contains("powers", "duty-articles", "article-citers",
                "citation-counts-by-document", "citation-counts-by-article", "duties-per-unit", "cases-per-body",
                "power-chain", "citations-without-official-text");
        NamedQuery duty = catalogue.find("duty-articles").orElseThrow();
        assertThat(duty.titleZh()).isEqualTo("一项责任事项的依据法条");
        assertThat(duty.descriptionZh()).startsWith("某一责任事项的依据所引的每一条法条");
        assertThat(duty.parameters()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("duty");
            assertThat(p.type()).isEqualTo(Parameter.Type.IRI);
            assertThat(p.required()).isTrue();
        });
    }

    @Test
    void shouldBindValuesAsTermsSoThatTextCannotChangeTheQuery() {
        NamedQuery counts = NamedQueries.load().find("citation-counts-by-article").orElseThrow();
        String hostile = "x\" } ; DROP ALL ; SELECT * { ?s ?p ?o";
        String bound = counts.bind(Map.of("document", hostile)).toString();
        assertThat(bound).contains("VALUES ?document {").contains("\"x\\\" } ; DROP ALL ; SELECT * { ?s ?p ?o\"");
        assertThat(org.apache.jena.query.QueryFactory.create(bound).toString()).isEqualTo(bound);
    }

    @Test
    void shouldRefuseAValueOfTheWrongTypeAMissingRequiredValueAndAnUnknownParameter() {
        NamedQuery duty = NamedQueries.load().find("duty-articles").orElseThrow();
        assertThatThrownBy(() -> duty.bind(Map.of("duty", "not an iri <>"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("takes iri values");
        assertThatThrownBy(() -> duty.bind(Map.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs --param duty");
        assertThatThrownBy(() -> duty.bind(Map.of("dutty", "x"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no parameter dutty");
    }

    @Test
    void shouldNameTheLineOfABrokenHeaderOrQuery() {
        assertThatThrownBy(() -> NamedQueries.parse("broken", "# title: 坏 | Broken\n# description: x\n# description-zh: 坏\nSELECT * WHERE { ?s ?p }"))
                .hasMessageContaining("queries/broken.rq line 4");
        assertThatThrownBy(() -> NamedQueries.parse("bad-param", "# title: 坏 | Bad\n# description: x\n# param: p float required\nSELECT * {}"))
                .hasMessageContaining("line 3");
        assertThatThrownBy(() -> NamedQueries.parse("untitled", "SELECT * {}")).hasMessageContaining("title");
        assertThatThrownBy(() -> NamedQueries.parse("english-only", "# title: 坏 | Bad\n# description: x\nSELECT * {}"))
                .hasMessageContaining("description-zh");
    }
}
