package org.quanze.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.quanze.graph.CitationRole;

/** A constant's code names it back, for every constant; an unknown code, another enum's, or none names nothing. */
class CodesTest {

    private enum Sample { DANGLING_REFERENCE, OTHER }

    @Test
    void shouldFindEveryConstantByItsCodeAndNothingElse() {
        for (CitationRole role : CitationRole.values()) {
            assertThat(Codes.find(CitationRole.class, Codes.of(role))).contains(role);
        }
        assertThat(Codes.of(Sample.DANGLING_REFERENCE)).isEqualTo("dangling-reference");
        assertThat(Codes.find(Sample.class, "dangling-reference")).contains(Sample.DANGLING_REFERENCE);
        assertThat(Codes.find(Sample.class, "DANGLING_REFERENCE")).isEmpty();
        assertThat(Codes.find(Sample.class, Codes.of(CitationRole.values()[0]))).isEmpty();
        assertThat(Codes.find(Sample.class, null)).isEmpty();
        assertThat(Arrays.stream(Sample.values()).map(s -> Codes.find(Sample.class, Codes.of(s)).orElseThrow()))
                .containsExactly(Sample.values());
    }
}
