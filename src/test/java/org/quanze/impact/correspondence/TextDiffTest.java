package org.quanze.impact.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quanze.law.DiffTokens;
import org.quanze.law.LawText;
import org.quanze.law.TextDiff;
import org.quanze.law.TextDiff.Segment;
import org.quanze.law.TextDiff.Segment.Kind;

class TextDiffTest {

    @Test
    void shouldTokeniseHanCharactersSinglyAndLatinOrDigitRunsWhole() {
        assertThat(DiffTokens.of("自2024年5月1日起，ICP备案  施行。"))
                .containsExactly("自", "2024", "年", "5", "月", "1", "日", "起", "，", "ICP", "备", "案", "  ", "施", "行", "。");
    }

    @Test
    void shouldShowAnInsertionInsideAChineseSentenceExactly() {
        TextDiff diff = TextDiff.of("应当在10日内作出决定。", "应当在10个工作日内作出决定。");

        assertThat(diff.segments()).containsExactly(
                new Segment(Kind.EQUAL, "应当在10"),
                new Segment(Kind.INSERTED, "个工作"),
                new Segment(Kind.EQUAL, "日内作出决定。"));
        assertThat(diff.oldSide()).containsExactly(new Segment(Kind.EQUAL, "应当在10日内作出决定。"));
    }

    @Test
    void shouldShowAReplacementAsDeletionThenInsertion() {
        TextDiff diff = TextDiff.of("由工商行政管理部门没收", "由市场监督管理部门没收");

        assertThat(diff.segments()).containsExactly(
                new Segment(Kind.EQUAL, "由"),
                new Segment(Kind.DELETED, "工商行政"),
                new Segment(Kind.INSERTED, "市场监督"),
                new Segment(Kind.EQUAL, "管理部门没收"));
    }

    @Test
    void shouldTreatPunctuationOfOtherWidthAsEqualButShowEachSideAsWritten() {
        TextDiff diff = TextDiff.of("应当确定为国家秘密:", "应当确定为国家秘密：");

        assertThat(diff.changed()).isFalse();
        assertThat(text(diff.oldSide())).isEqualTo("应当确定为国家秘密:");
        assertThat(text(diff.newSide())).isEqualTo("应当确定为国家秘密：");
    }

    @Test
    void shouldDiffThe2010SeizureArticleAgainstItsPlaceIn2024Article52() {
        String old = Laws.law2010().article(45).orElseThrow().text();
        LawText law2024 = Laws.law2024();
        String neu = law2024.article(52).orElseThrow().paragraphs().get(1).text();

        TextDiff diff = TextDiff.of(old, neu);

        assertThat(text(diff.oldSide())).isEqualTo(old);
        assertThat(text(diff.newSide())).isEqualTo(neu);
        assertThat(texts(diff, Kind.INSERTED)).contains("和案件调查处理");
        assertThat(texts(diff, Kind.DELETED)).as("every word of 2010 第四十五条 survives").allMatch(t -> t.matches("\\p{P}*"));
        assertThat(texts(diff, Kind.EQUAL)).contains("中发现的非法获取、持有的国家秘密载体，应当予以收缴");
    }

    @Test
    void shouldFindBothDeadlineChangesInRegulationArticle19() {
        String old = Laws.regulation2014().article(19).orElseThrow().text();
        String neu = Laws.regulation2024().article(25).orElseThrow().text();

        TextDiff diff = TextDiff.of(old, neu);

        assertThat(texts(diff, Kind.INSERTED)).containsExactly("个工作", "个工作");
        assertThat(texts(diff, Kind.DELETED)).isEmpty();
    }

    private static String text(List<Segment> segments) {
        return segments.stream().map(Segment::text).collect(Collectors.joining());
    }

    private static List<String> texts(TextDiff diff, Kind kind) {
        return diff.segments().stream().filter(s -> s.kind() == kind).map(Segment::text).toList();
    }
}
