package org.quanze.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quanze.vocab.QZ;

/**
 * The citation roles have one owner: the queries say what a citation backs by its class, and the enum
 * alone turns that into the role and its code.
 */
class CitationRoleTest {

    @Test
    void shouldGiveTheRoleOfWhatACitationBacks() {
        assertThat(CitationRole.backing(QZ.Power.getURI())).isEqualTo(CitationRole.POWER_BASIS);
        assertThat(CitationRole.backing(QZ.Duty.getURI())).isEqualTo(CitationRole.DUTY_BASIS);
        assertThat(CitationRole.backing(QZ.AccountabilityCase.getURI())).isEqualTo(CitationRole.CASE_BASIS);
        assertThat(Arrays.stream(CitationRole.values()).map(CitationRole::code))
                .containsExactly("power-basis", "duty-basis", "case-basis");
    }

    @Test
    void shouldRefuseAClassNoCitationBacks() {
        assertThatThrownBy(() -> CitationRole.backing(QZ.Exemption.getURI()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Exemption");
    }

    /** No query file of the product writes a role's code: it binds the class of the entry instead. */
    @Test
    void shouldLeaveTheRoleCodesOutOfTheQueries() throws IOException {
        List<String> literals = Arrays.stream(CitationRole.values()).map(r -> "\"" + r.code() + "\"").toList();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            List<Path> queries = files.filter(f -> f.toString().endsWith(".rq")).toList();
            assertThat(queries).hasSizeGreaterThan(50);
            for (Path q : queries) {
                String text = Files.readString(q);
                assertThat(literals).as(q.toString()).noneMatch(text::contains);
            }
        }
    }

    /**
     * The researchers' named queries ({@code queries/}) stand alone, without the product's Java, and
     * label their rows with the role codes: every code they write is one the enum owns.
     */
    @Test
    void shouldLabelTheNamedQueriesRowsWithTheEnumsCodesOnly() throws IOException {
        Pattern quoted = Pattern.compile("\"([a-z]+-basis[a-z]*)\"");
        List<String> codes = Arrays.stream(CitationRole.values()).map(CitationRole::code).toList();
        int written = 0;
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            for (Path q : files.filter(f -> f.toString().endsWith(".rq")).toList()) {
                Matcher m = quoted.matcher(Files.readString(q));
                while (m.find()) {
                    assertThat(codes).as("%s writes the role %s", q, m.group(1)).contains(m.group(1));
                    written++;
                }
            }
        }
        assertThat(written).as("role codes written in queries/").isGreaterThanOrEqualTo(3);
    }
}
