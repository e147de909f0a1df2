package org.quanze.impact.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quanze.law.LawText;
import org.quanze.law.LawTextParser;

class ArticleCorrespondenceTest {

    @Test
    void shouldFind2010Article45OnSeizureInTheSecondParagraphOf2024Article52() {
        ArticleMapping m = Laws.curated(Laws.law2010(), Laws.law2024()).mapping(45).orElseThrow();

        assertThat(m.targets()).extracting(Target::article, Target::paragraphs).containsExactly(
                org.assertj.core.groups.Tuple.tuple(52, List.of(2)));
        assertThat(m.type()).as("第五十二条第二款 also takes in the 整改 part of 第四十四条").isEqualTo(ChangeType.MERGED);
        assertThat(m.source()).isEqualTo(MappingSource.DERIVED);
    }

    @Test
    void shouldFind2010Article28AmendedInto2024Article34() {
        ArticleMapping m = Laws.curated(Laws.law2010(), Laws.law2024()).mapping(28).orElseThrow();

        assertThat(m.type()).isEqualTo(ChangeType.AMENDED);
        assertThat(m.targets()).hasSize(1);
        assertThat(m.targets().get(0).article()).isEqualTo(34);
        assertThat(m.targets().get(0).paragraphs()).isEmpty();
        assertThat(m.targets().get(0).similarity()).isBetween(0.3, 0.99);
    }

    @Test
    void shouldMapEveryArticleOfTheOldLawExactlyOnce() {
        assertEveryOldArticleOnce(Laws.curated(Laws.law2010(), Laws.law2024()), 53);
    }

    @Test
    void shouldMapEveryArticleOfTheOldRegulationExactlyOnce() {
        assertEveryOldArticleOnce(Laws.curated(Laws.regulation2014(), Laws.regulation2024()), 45);
    }

    @Test
    void shouldAccountForEveryNewArticleOfTheLaw() {
        Correspondence c = Laws.curated(Laws.law2010(), Laws.law2024());

        assertEveryNewArticleAccountedFor(c, 65);
        assertThat(c.newWithoutPredecessor()).as("CCP leadership, 宣传教育, 经费, 安全保密产品, 工作秘密 …")
                .containsExactly(3, 9, 10, 11, 32, 36, 55, 56, 60, 64);
    }

    @Test
    void shouldAccountForEveryNewArticleOfTheRegulation() {
        Correspondence c = Laws.curated(Laws.regulation2014(), Laws.regulation2024());

        assertEveryNewArticleAccountedFor(c, 74);
        assertThat(c.newWithoutPredecessor()).contains(2, 11, 30, 41, 73).doesNotContain(1, 33, 67, 74);
    }

    @Test
    void shouldTellUnchangedRenumberedAmendedRepealedAndNewApart() throws IOException {
        Correspondence c = new ArticleCorrespondence(CorrespondenceOverrides.none())
                .between(fixture("tiny-2000.md"), fixture("tiny-2020.md"));

        assertThat(c.mappings()).extracting(ArticleMapping::type).containsExactly(ChangeType.UNCHANGED,
                ChangeType.RENUMBERED, ChangeType.REPEALED, ChangeType.AMENDED);
        assertThat(c.mapping(2).orElseThrow().targets()).extracting(Target::article, Target::similarity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, 1.0));
        assertThat(c.newWithoutPredecessor()).containsExactly(2);
    }

    @Test
    void shouldExportOneRowPerOldArticleWithSourceAndReason() {
        Correspondence c = Laws.curated(Laws.law2010(), Laws.law2024());
        List<CorrespondenceRow> rows = c.rows();

        assertThat(rows).hasSize(53);
        CorrespondenceRow split = rows.get(43);
        assertThat(split.cells()).hasSameSizeAs(CorrespondenceRow.HEADER);
        assertThat(split.cells().subList(0, 8)).containsExactly("中华人民共和国保守国家秘密法", "2010-04-29", "44", "SPLIT",
                "51;52", "-;2", split.similarity(), "derived");
        assertThat(split.similarity()).matches("0\\.\\d{3};0\\.\\d{3}");
        CorrespondenceRow curated = rows.get(28);
        assertThat(curated.oldArticle()).isEqualTo(29);
        assertThat(curated.source()).isEqualTo("override");
        assertThat(curated.reason()).contains("采购");
    }

    @Test
    void shouldCountEveryMappingByType() {
        Correspondence c = Laws.curated(Laws.regulation2014(), Laws.regulation2024());

        assertThat(c.counts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(45);
        assertThat(c.counts()).containsEntry(ChangeType.UNCHANGED, 1).containsEntry(ChangeType.REPEALED, 1);
    }

    @Test
    void shouldRefuseToAlignTwoDifferentDocuments() {
        ArticleCorrespondence correspondence = new ArticleCorrespondence(CorrespondenceOverrides.none());

        assertThatThrownBy(() -> correspondence.between(Laws.law2010(), Laws.regulation2024()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("secrecy-regulation-2024.md");
    }

    private static void assertEveryOldArticleOnce(Correspondence c, int articles) {
        assertThat(c.mappings()).extracting(ArticleMapping::oldArticle)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, articles).boxed().toList());
    }

    private static void assertEveryNewArticleAccountedFor(Correspondence c, int articles) {
        Set<Integer> targets = c.mappings().stream().flatMap(m -> m.newArticles().stream()).collect(Collectors.toSet());
        Set<Integer> all = new HashSet<>(targets);
        all.addAll(c.newWithoutPredecessor());
        assertThat(all).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, articles).boxed().toList());
        assertThat(c.newWithoutPredecessor()).doesNotContainAnyElementsOf(targets);
    }

    private static LawText fixture(String name) throws IOException {
        try (InputStream in = ArticleCorrespondenceTest.class.getResourceAsStream("/testing/correspondence/" + name)) {
            return new LawTextParser().parse(name, in.readAllBytes());
        }
    }
}
