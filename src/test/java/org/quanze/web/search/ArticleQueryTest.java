package org.quanze.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Article references as lawyers type them: the title reduced to the documents' key, the numbers read. */
class ArticleQueryTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            消防法第五十八条                            | 消防法           | 58 |
            行政处罚法 第55条                           | 行政处罚法        | 55 |
            行政处罚法第５５条                          | 行政处罚法        | 55 |
            行政处罚法55条                              | 行政处罚法        | 55 |
            《中华人民共和国消防法》第五十八条             | 消防法           | 58 |
            中华人民共和国 消防法 第 五十八 条            | 消防法           | 58 |
            保守国家秘密法第四十五条第一款                | 保守国家秘密法     | 45 | 1
            消防法第五十八条第一款第（四）项              | 消防法           | 58 | 1
            保守国家秘密法实施条例第十条                  | 保守国家秘密法实施条例 | 10 |
            单用途商业预付卡管理办法（试行）第一百零三条    | 单用途商业预付卡管理办法(试行) | 103 |
            """)
    void shouldReadTheDocumentAndTheArticleAsALawyerWritesThem(String words, String key, int article, Integer paragraph) {
        assertThat(ArticleQuery.parse(words)).hasValue(new ArticleQuery(key, article, paragraph));
    }

    @ParameterizedTest
    @ValueSource(strings = {"收缴", "罚款", "消防法", "第五十八条的规定", "消防法第五十八条规定的罚款", "消防法第〇条", "消防法第5十条",
            "消防法第12345678条"})
    void shouldLeaveOtherWordsToTheFullTextSearch(String words) {
        assertThat(ArticleQuery.parse(words)).isEmpty();
    }
}
