package org.quanze.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quanze.Fixtures;
import org.quanze.ingest.SourceException;

class LawTextParserTest {

    private static LawText parse(String file) {
        return new LawTextParser().parse(file, Fixtures.bytes("data/laws/" + file));
    }

    @Test
    void shouldReadTheFourVersionsWithTheirDatesAndArticleCounts() {
        LawText law2010 = parse("secrecy-law-2010.md");
        assertThat(law2010.title()).isEqualTo("中华人民共和国保守国家秘密法");
        assertThat(law2010.versionDate()).isEqualTo(LocalDate.of(2010, 4, 29));
        assertThat(law2010.inForce()).isEqualTo(LocalDate.of(2010, 10, 1));
        assertThat(law2010.level()).isEqualTo("法律");
        assertThat(law2010.chapters()).hasSize(6);
        assertThat(law2010.articles()).hasSize(53);

        LawText law2024 = parse("secrecy-law-2024.md");
        assertThat(law2024.versionDate()).isEqualTo(LocalDate.of(2024, 2, 27));
        assertThat(law2024.inForce()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(law2024.articles()).hasSize(65);
        assertThat(law2024.chapter(1).orElseThrow().heading()).isEqualTo("第一章 总 则");
        assertThat(law2024.chapter(1).orElseThrow().title()).isEqualTo("总则");

        LawText reg2014 = parse("secrecy-regulation-2014.md");
        assertThat(reg2014.versionDate()).isEqualTo(LocalDate.of(2014, 1, 17));
        assertThat(reg2014.inForce()).isEqualTo(LocalDate.of(2014, 3, 1));
        assertThat(reg2014.orderNumber()).isEqualTo("中华人民共和国国务院令第646号");
        assertThat(reg2014.level()).isEqualTo("行政法规");
        assertThat(reg2014.articles()).hasSize(45);

        LawText reg2024 = parse("secrecy-regulation-2024.md");
        assertThat(reg2024.versionDate()).isEqualTo(LocalDate.of(2024, 7, 10));
        assertThat(reg2024.inForce()).isEqualTo(LocalDate.of(2024, 9, 1));
        assertThat(reg2024.articles()).hasSize(74);
    }

    @Test
    void shouldReadArticlesParagraphsAndItems() {
        LawText law = parse("secrecy-law-2010.md");
        assertThat(law.article(45).orElseThrow().text())
                .isEqualTo("保密行政管理部门对保密检查中发现的非法获取、持有的国家秘密载体，应当予以收缴。");
        assertThat(law.article(45).orElseThrow().chapter()).isEqualTo(4);
        LawArticle systems = law.article(23).orElseThrow();
        assertThat(systems.chapter()).isEqualTo(3);
        assertThat(systems.paragraphs()).hasSize(3);
        assertThat(systems.paragraphs().get(2).text()).isEqualTo("涉密信息系统应当按照规定，经检查合格后，方可投入使用。");
        LawArticle offences = law.article(48).orElseThrow();
        assertThat(offences.paragraphs().get(0).items()).hasSize(12);
        assertThat(offences.paragraphs().get(0).items().get(0).text()).isEqualTo("（一）非法获取、持有国家秘密载体的；");
    }

    @Test
    void shouldReadHalfWidthItemBrackets() {
        LawText reg = parse("secrecy-regulation-2014.md");
        assertThat(reg.article(32).orElseThrow().paragraphs().get(0).items()).hasSize(12);
        assertThat(reg.article(32).orElseThrow().paragraphs().get(0).items().get(11).number()).isEqualTo(12);
    }

    @Test
    void shouldRefuseATextWithoutArticles() {
        byte[] bytes = "# 某法\n\n2020年1月1日 公布\n\n<!-- INFO END -->\n\n没有条文\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new LawTextParser().parse("x.md", bytes))
                .isInstanceOf(SourceException.class).hasMessageContaining("x.md, line 7");
    }
}
