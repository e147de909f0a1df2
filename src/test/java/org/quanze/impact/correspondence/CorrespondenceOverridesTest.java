package org.quanze.impact.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.quanze.ingest.SourceException;

class CorrespondenceOverridesTest {

    private static final String LAW = "中华人民共和国保守国家秘密法\t2010-04-29\t2024-02-27\t";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "too few columns        | 28\tAMENDED\t34                     | expected 7 TAB-separated columns",
        "date not ISO           | 28\tAMENDED\t34\treason             | old_version is not a date",
        "Chinese numeral        | 二十八\tAMENDED\t34\treason          | old_article must be an article number",
        "unknown type           | 28\tCHANGED\t34\treason             | unknown type 'CHANGED'",
        "target not a number    | 28\tAMENDED\t第三十四条\treason       | target '第三十四条'",
        "split with one target  | 28\tSPLIT\t34\treason               | SPLIT needs at least two targets",
        "repealed with a target | 28\tREPEALED\t34\treason            | REPEALED needs no target",
        "reason missing         | '28\tAMENDED\t34\t '                | empty reason",
    })
    void shouldNameFileAndLineOfAMalformedOverride(String name, String tail, String message) {
        String line = (name.startsWith("date") ? "中华人民共和国保守国家秘密法\t2010/4/29\t2024-02-27\t" : LAW) + tail;
        List<String> lines = List.of("# header", "", line);

        assertThatThrownBy(() -> CorrespondenceOverrides.parse("article-correspondence.tsv", lines))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("article-correspondence.tsv, line 3: ")
                .hasMessageContaining(message);
    }

    @Test
    void shouldRefuseASecondOverrideForTheSameArticle() {
        List<String> lines = List.of(LAW + "28\tAMENDED\t34\tfirst", LAW + "28\tAMENDED\t35\tsecond");

        assertThatThrownBy(() -> CorrespondenceOverrides.parse("o.tsv", lines))
                .hasMessageStartingWith("o.tsv, line 2: ").hasMessageContaining("first at line 1");
    }

    @Test
    void shouldNameTheLineOfAnOverrideOfAnArticleTheTextLacks() {
        CorrespondenceOverrides overrides = CorrespondenceOverrides.parse("o.tsv",
                List.of("# none", LAW + "28\tAMENDED\t34(5)\tthere is no fifth paragraph"));
        ArticleCorrespondence correspondence = new ArticleCorrespondence(overrides);

        assertThatThrownBy(() -> correspondence.between(Laws.law2010(), Laws.law2024()))
                .isInstanceOf(SourceException.class).hasMessageStartingWith("o.tsv, line 2: ")
                .hasMessageContaining("has 1 paragraphs, not 5");
    }

    @Test
    void shouldReplaceTheDerivedMappingByTheOverrideOfItsDocumentOnly() throws URISyntaxException {
        Path file = Path.of(getClass().getResource("/testing/correspondence/override-example.tsv").toURI());
        Correspondence curated = new ArticleCorrespondence(CorrespondenceOverrides.load(file))
                .between(Laws.law2010(), Laws.law2024());
        Correspondence derived = Laws.derived(Laws.law2010(), Laws.law2024());

        ArticleMapping m = curated.mapping(28).orElseThrow();
        assertThat(derived.mapping(28).orElseThrow().targets().get(0).paragraphs()).isEmpty();
        assertThat(m.source()).isEqualTo(MappingSource.OVERRIDE);
        assertThat(m.targets()).extracting(Target::label).containsExactly("34(1)");
        assertThat(m.targets().get(0).similarity()).isPositive();
        assertThat(m.reason()).startsWith("test: pretend");
        assertThat(curated.mappings()).filteredOn(x -> x.oldArticle() != 28)
                .containsExactlyElementsOf(derived.mappings().stream().filter(x -> x.oldArticle() != 28).toList());
    }

    @Test
    void shouldLoadTheCuratedFileWithAReasonOnEveryLine() {
        CorrespondenceOverrides overrides = CorrespondenceOverrides.load(Laws.OVERRIDES);

        assertThat(overrides.entries()).isNotEmpty().allSatisfy(o -> assertThat(o.reason()).hasSizeGreaterThan(20));
    }
}
