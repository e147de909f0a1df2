package org.quanze.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The free-text expression of the words of a search, and the remote setting that asks for Virtuoso's index. */
class VirtuosoFreeTextTest {

    @Test
    void shouldMakeAPhraseOfTheChineseCharactersSideBySide() {
        assertThat(VirtuosoFreeText.expression("收缴")).contains("\"收 缴\"");
        assertThat(VirtuosoFreeText.expression(" 国家秘密 ")).contains("\"国 家 秘 密\"");
        assertThat(VirtuosoFreeText.expression("法")).contains("\"法\"");
    }

    /** Letters, digits and punctuation part the phrases (a text holding the words holds each run of characters). */
    @Test
    void shouldJoinTheRunsOfChineseCharactersByAnd() {
        assertThat(VirtuosoFreeText.expression("第55条")).contains("\"第\" AND \"条\"");
        assertThat(VirtuosoFreeText.expression("《保密法》第五条")).contains("\"保 密 法\" AND \"第 五 条\"");
        assertThat(VirtuosoFreeText.expression("罚款、罚款")).contains("\"罚 款\"");
        // A quote in the words cannot end the phrase early: it parts the runs like any other sign.
        assertThat(VirtuosoFreeText.expression("甲\"乙")).contains("\"甲\" AND \"乙\"");
    }

    /** No Chinese character: nothing the index can find by part of a word; the search scans. */
    @Test
    void shouldGiveNoExpressionForWordsWithoutChineseCharacters() {
        assertThat(VirtuosoFreeText.expression("PDF")).isEmpty();
        assertThat(VirtuosoFreeText.expression("55")).isEmpty();
        assertThat(VirtuosoFreeText.expression("")).isEmpty();
    }

    /** Virtuoso counts CJK extension B and later as noise words; a phrase of noise alone is an error (XM028). */
    @Test
    void shouldLeaveOutCharactersBeyondTheBasicPlane() {
        assertThat(VirtuosoFreeText.expression("\uD840\uDC00甲乙")).contains("\"甲 乙\"");
        assertThat(VirtuosoFreeText.expression("\uD840\uDC00\uD840\uDC01")).isEqualTo(Optional.empty());
    }

    @Test
    void shouldReadTheRemoteSetting() {
        assertThat(TextSearch.ofRemoteSetting(null)).isEqualTo(TextSearch.SCAN);
        assertThat(TextSearch.ofRemoteSetting(" None ")).isEqualTo(TextSearch.SCAN);
        assertThat(TextSearch.ofRemoteSetting("Virtuoso")).isEqualTo(TextSearch.VIRTUOSO);
        assertThatThrownBy(() -> TextSearch.ofRemoteSetting("lucene")).hasMessageContaining("none or virtuoso");
    }
}
