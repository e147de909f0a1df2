package org.quanze.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Titles as the lists and the law library write them: one key per document, as a lawyer reads them. */
class TitleKeyTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            中华人民共和国统计法                                    | 统计法
            《中华人民共和国行政处罚法》                              | 《 中华人民\\n共和国 行政处罚法》
            新疆维吾尔自治区实施<中华人民共和国档案法>办法              | 新疆维吾尔自治区实施〈档案法〉办法
            新疆维吾尔自治区实施‹中华人民共和国档案法›办法              | 新疆维吾尔自治区实施中华人民共和国档案法办法
            实施《中华人民共和国社会保险法》若干规定                    | 实施中华人民共和国社会保险法若干规定
            最高人民法院关于适用《中华人民共和国刑事诉讼法》的解释        | 最高人民法院关于适用《刑事诉讼法》的解释
            单用途商业预付卡管理办法(试行)                            | 单用途商业预付卡管理办法（试行）
            人民检察院刑事诉讼规则（试行）                            | 人民检察院刑事诉讼规则(试行)
            """)
    void shouldGiveOneKeyToTheTitlesOfOneDocument(String one, String other) {
        assertThat(TitleKey.of(one.replace("\\n", "\n"))).isEqualTo(TitleKey.of(other.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            保守国家秘密法                       | 保守国家秘密法实施条例
            计量法实施细则                       | 计量法实施条例
            报废机动车回收管理办法                | 报废机动车回收管理办法实施细则
            人民检察院刑事诉讼规则                | 人民检察院刑事诉讼规则（试行）
            外国人在中华人民共和国收养子女登记办法  | 外国人在收养子女登记办法
            """)
    void shouldNeverMergeTwoDocuments(String one, String other) {
        assertThat(TitleKey.of(one)).isNotEqualTo(TitleKey.of(other));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            中华人民共和国统计法                                  | 统计法
            单用途商业预付卡管理办法（试行）                        | 单用途商业预付卡管理办法(试行)
            新疆维吾尔自治区实施<中华人民共和国档案法>办法            | 新疆维吾尔自治区实施档案法办法
            外国人在中华人民共和国收养子女登记办法                   | 外国人在中华人民共和国收养子女登记办法
            中华人民共和国                                        | 中华人民共和国
            """)
    void shouldReadAsTheDocumentsResourceIsNamed(String title, String key) {
        assertThat(TitleKey.of(title)).isEqualTo(key);
    }
}
