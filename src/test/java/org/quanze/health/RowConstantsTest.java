package org.quanze.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.quanze.graph.CitationRole;
import org.quanze.ingest.Codes;
import org.quanze.queries.TypedRows;

/**
 * The enums a row names, read as the health and impact code reads them ({@code Codes::named}): a role by
 * its code (as a finding stores it) or by the class of the entry a citation backs, a finding's kind by
 * its code; unbound is null (0 for an {@code int}); a value that names no constant is an error naming it.
 */
class RowConstantsTest {

    record Named(CitationRole role, FindingKind kind, int n) {
    }

    private static List<Named> read(String values) {
        String q = "PREFIX qz: <https://w3id.org/quanze/ontology#> SELECT ?role ?kind ?n WHERE { VALUES (?role ?kind ?n) { "
                + values + " } }";
        try (var exec = QueryExecutionFactory.create(q, ModelFactory.createDefaultModel())) {
            return TypedRows.read("test.rq", exec.execSelect(), Named.class, Codes::named);
        }
    }

    @Test
    void shouldReadARoleByItsCodeOrItsEntrysClassAndAKindByItsCode() {
        assertThat(read("(qz:Duty \"misquote\" 3) (\"case-basis\" UNDEF UNDEF) (qz:Power \"dangling-reference\" 1)"))
                .containsExactly(new Named(CitationRole.DUTY_BASIS, FindingKind.MISQUOTE, 3),
                        new Named(CitationRole.CASE_BASIS, null, 0),
                        new Named(CitationRole.POWER_BASIS, FindingKind.DANGLING_REFERENCE, 1));
    }

    @Test
    void shouldNameTheComponentAndTheValueThatNamesNoConstant() {
        assertThatThrownBy(() -> read("(qz:Exemption \"misquote\" 1)")).isInstanceOf(IllegalStateException.class)
                .hasMessage("Named.role: ?role is https://w3id.org/quanze/ontology#Exemption, which names no CitationRole");
        assertThatThrownBy(() -> read("(qz:Duty \"duty-basis\" 1)"))
                .hasMessage("Named.kind: ?kind is duty-basis, which names no FindingKind");
    }
}
