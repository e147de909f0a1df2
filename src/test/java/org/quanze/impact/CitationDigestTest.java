package org.quanze.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A digest reads back as the citations it was written from, whatever their IRIs and names hold. */
class CitationDigestTest {

    private static final String VERSION = "https://w3id.org/quanze/id/law/保守国家秘密法/2010-04-29";
    private static final String LIST = "https://w3id.org/quanze/id/list/a-1";

    @Test
    void shouldReadBackTheCitationsItWasWrittenFrom() {
        List<SummaryCitation> rows = List.of(
                new SummaryCitation(LIST + "/power/3-2/duty-basis/1/2", LIST, "某局\t权责清单", LIST + "/power/3-2", 3,
                        "保密业务科\n\"科室\"", VERSION + "/article/45", 45),
                // No unit, no title; an article and a power whose IRIs do not follow their parents' are kept whole.
                new SummaryCitation(LIST + "/power/4/power-basis/1/1", LIST + "-b", null, LIST + "/power/4", 4, null,
                        "https://w3id.org/quanze/id/law/其他法/2020-01-01/article/1", 1));

        String digest = CitationDigest.encode(VERSION, rows);

        assertThat(CitationDigest.decode(VERSION, digest)).isEqualTo(rows);
        assertThat(digest).as("IRIs under their parents kept as the rest").contains("\"/power/3-2\"", "\"/duty-basis/1/2\"",
                "\"/article/45\"").doesNotContain("\"" + LIST + "/power/3-2\"");
    }

    @Test
    void shouldRefuseATextThatIsNotADigest() {
        assertThatThrownBy(() -> CitationDigest.decode(VERSION, "{rows: ["))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a citation digest");
    }
}
