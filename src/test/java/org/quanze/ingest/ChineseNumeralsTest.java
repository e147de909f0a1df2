package org.quanze.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseNumeralsTest {

    @Test
    void shouldReadTheNumeralsLegalTextsWrite() {
        assertThat(ChineseNumerals.parse("四十五")).hasValue(45);
        assertThat(ChineseNumerals.parse("十")).hasValue(10);
        assertThat(ChineseNumerals.parse("十八")).hasValue(18);
        assertThat(ChineseNumerals.parse("二十")).hasValue(20);
        assertThat(ChineseNumerals.parse("一百零三")).hasValue(103);
        assertThat(ChineseNumerals.parse("一百一十")).hasValue(110);
        assertThat(ChineseNumerals.parse("12")).hasValue(12);
        assertThat(ChineseNumerals.parse("四十五条")).isEmpty();
    }

    @Test
    void shouldWriteWhatItReadsForEveryArticleNumberInUse() {
        for (int n = 1; n <= 500; n++) {
            assertThat(ChineseNumerals.parse(ChineseNumerals.format(n))).as("n=%d", n).hasValue(n);
        }
        assertThat(ChineseNumerals.format(45)).isEqualTo("四十五");
        assertThat(ChineseNumerals.format(10)).isEqualTo("十");
        assertThat(ChineseNumerals.format(105)).isEqualTo("一百零五");
    }
}
