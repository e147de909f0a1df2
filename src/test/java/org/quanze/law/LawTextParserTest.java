package org.quanze.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
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

    private static LawText national(String path) {
        String file = path.substring(path.lastIndexOf('/') + 1);
        return new LawTextParser().parse(file, Fixtures.bytes("data/laws/national/" + path));
    }

    private static List<String> warnings(LawText law) {
        return law.warnings().stream().map(Object::toString).toList();
    }

    @Test
    void shouldReadAnArticleWhoseLabelHasATypoWhereItsNumberIsTheNextOne() {
        // Line 333 of the corpus text reads 笫五十四条 (笫, not 第): read as 第五十四条, not as text of 第五十三条.
        LawText law = national("民法商法/农民专业合作社法(2017-12-27).md");
        assertThat(law.article(53).orElseThrow().text()).isEqualTo("农民专业合作社接受国家财政直接补助形成的财产，在解散、破产清算时，"
                + "不得作为可分配剩余资产分配给成员，具体按照国务院财政部门有关规定执行。");
        assertThat(law.article(54).orElseThrow().text()).startsWith("清算组成员应当忠于职守，依法履行清算义务");
        assertThat(law.article(54).orElseThrow().line()).isEqualTo(333);
        assertThat(warnings(law)).containsExactly("农民专业合作社法(2017-12-27).md, line 333: article 第五十四条 is written "
                + "\"笫五十四条 清算\": read as 第五十四条");
    }

    @Test
    void shouldReadAnArticleWhoseLabelIsBrokenBySpace() {
        // 刑事诉讼法 2018, line 639: 第一百二十八 条侦查人员… (a space inside the label, none after it).
        LawText law = national("诉讼与非诉讼程序法/刑事诉讼法(2018-10-26).md");
        assertThat(law.article(127).orElseThrow().text()).isEqualTo("询问被害人，适用本节各条规定。");
        assertThat(law.article(128).orElseThrow().text()).startsWith("侦查人员对于与犯罪有关的场所、物品、人身、尸体应当进行勘验或者检查。");
        assertThat(law.articles()).hasSize(308);
        assertThat(warnings(law)).contains("刑事诉讼法(2018-10-26).md, line 639: article 第一百二十八条 is written "
                + "\"第一百二十八 条侦查人\": read as 第一百二十八条");
    }

    @Test
    void shouldReadAHeadingWrappedOverTwoLinesAsOne() {
        LawText law = national("诉讼与非诉讼程序法/刑事诉讼法(2018-10-26).md");
        // 第五编 特别程序, 第四章: its heading runs on over line 1455; the codes parts (编) number chapters anew.
        LawChapter chapter = law.chapters().stream().filter(c -> c.line() == 1453).findFirst().orElseThrow();
        assertThat(chapter.number()).isEqualTo(4);
        assertThat(chapter.part()).isEqualTo("5");
        assertThat(chapter.title()).isEqualTo("犯罪嫌疑人、被告人逃匿、死亡案件违法所得的没收程序");
        assertThat(law.parts()).extracting(LawPart::number).containsExactly(1, 2, 3, 4, 5);
        assertThat(warnings(law)).contains("刑事诉讼法(2018-10-26).md, line 1455: the heading ### 第四章 犯罪嫌疑人、被告人逃匿、死亡案件"
                .replace("### ", "") + " runs on over this line: read as one heading");
    }

    @Test
    void shouldReadTheArticlesASkippingTextHasAsWrittenAndSaySoForEachGap() {
        // The corpus keeps only the first article of each chapter of 飞行基本规则: the others are missing, not merged.
        LawText law = national("行政法规/飞行基本规则(2007-10-18).md");
        assertThat(law.articles()).extracting(LawArticle::number)
                .containsExactly(1, 11, 28, 43, 64, 79, 89, 98, 104, 112, 116, 121);
        assertThat(law.article(1).orElseThrow().paragraphs()).hasSize(1);
        assertThat(law.article(2)).isEmpty();
        assertThat(warnings(law)).hasSize(11).first().isEqualTo("飞行基本规则(2007-10-18).md, line 17: the articles skip from "
                + "第一条 to 第十一条: 第二条 to 第十条 are not in this text");
    }

    @Test
    void shouldLeaveOutAnArticleInsertedByAnAmendmentInsteadOfAddingItToTheOneBefore() {
        LawText law = national("刑法/刑法.md");
        assertThat(law.article(17).orElseThrow().text()).doesNotContain("已满七十五周岁")
                .endsWith("因不满十六周岁不予刑事处罚的，责令其父母或者其他监护人加以管教；在必要的时候，依法进行专门矫治教育。");
        assertThat(law.article(18).orElseThrow().text()).startsWith("精神病人在不能辨认或者不能控制自己行为的时候");
        assertThat(warnings(law)).contains("刑法.md, line 99: 第十七条之一 (an article inserted by an amendment) is not read: an"
                + " article is named by a whole number here; its text is left out, not added to 第十七条");
        // 刑法 numbers its chapters anew in 第二编 分则: chapter 1 of each part is a chapter of its own.
        assertThat(law.chapters()).filteredOn(c -> c.number() == 1).extracting(LawChapter::part).containsExactly("1", "2");
        assertThat(law.article(102).orElseThrow().part()).isEqualTo("2");
        assertThat(law.article(102).orElseThrow().chapter()).isEqualTo(1);
    }

    @Test
    void shouldReadArticlesAnAmendmentQuotesAsItsText() {
        // 修正案 第五十二条 ends 内容如下： and quotes the constitution's 第一百二十三条 to 第一百二十七条.
        LawText law = national("宪法/宪法修正案（2018年）.md");
        assertThat(law.articles()).extracting(LawArticle::number).startsWith(32).endsWith(52).hasSize(21);
        assertThat(law.article(52).orElseThrow().text()).contains("第一百二十三条 中华人民共和国各级监察委员会是国家的监察机关。");
        assertThat(law.article(123)).isEmpty();
    }

    @Test
    void shouldKeepAnAnnexOutOfTheLastArticle() {
        LawText law = national("行政法规/电信条例(2016-02-06).md");
        assertThat(law.article(80).orElseThrow().text()).isEqualTo("本条例自公布之日起施行。");
        assertThat(warnings(law)).containsExactly("电信条例(2016-02-06).md, line 387: the annex 附： after the articles is no"
                + " article: not read as one");
    }

    @Test
    void shouldReadNoArticleWhoseNumberComesTwiceNorTheOnesReadAfterTheNumberingJumped() {
        // 统计法 2009 as the corpus has it, with two article labels broken as a copy can break them: the label of
        // 第十二条 written 第十四条 (a jump ahead, then 第十三条 out of order), and 第三十一条 written 第三十条 (a repeat).
        String text = new String(Fixtures.bytes("data/laws/national/经济法/统计法(2009-06-27).md"), StandardCharsets.UTF_8);
        String broken = text.replace("\n第十二条 ", "\n第十四条 ").replace("\n第三十一条 ", "\n第三十条 ");
        LawText law = new LawTextParser().parse("统计法(2009-06-27).md", broken.getBytes(StandardCharsets.UTF_8));
        LawText whole = national("经济法/统计法(2009-06-27).md");

        assertThat(law.articles()).extracting(LawArticle::number).doesNotContain(12, 13, 14, 30, 31);
        assertThat(law.unread()).containsOnlyKeys(13, 14, 30);
        for (LawArticle a : law.articles()) {
            assertThat(a.text()).as("第%d条", a.number()).isEqualTo(whole.article(a.number()).orElseThrow().text());
        }
        assertThat(law.articles()).hasSize(whole.articles().size() - 5);
        assertThat(warnings(law)).anyMatch(w -> w.contains("第十三条 comes after 第十四条 (out of order)"))
                .anyMatch(w -> w.contains("第三十条 comes again"));
    }

    @Test
    void shouldReadNoArticleAChapterHeadingCutsInTwo() {
        // 统计法 2009 with the heading of 第三章 moved up between the two paragraphs of 第十九条, as a copy can misplace it.
        String text = new String(Fixtures.bytes("data/laws/national/经济法/统计法(2009-06-27).md"), StandardCharsets.UTF_8);
        String heading = "## 第三章 统计资料的管理和公布\n\n";
        String moved = text.replace(heading, "").replace("\n重大国情国力普查所需经费", "\n" + heading + "重大国情国力普查所需经费");
        assertThat(moved).isNotEqualTo(text);
        LawText law = new LawTextParser().parse("统计法(2009-06-27).md", moved.getBytes(StandardCharsets.UTF_8));
        LawText whole = national("经济法/统计法(2009-06-27).md");

        assertThat(law.article(19)).as("the article the heading cut").isEmpty();
        assertThat(law.unread()).containsOnlyKeys(19);
        assertThat(law.articles()).allSatisfy(a -> assertThat(a.text()).doesNotContain("重大国情国力普查所需经费"));
        assertThat(law.article(20).orElseThrow().chapter()).isEqualTo(3);
        for (LawArticle a : law.articles()) {
            assertThat(a.text()).as("第%d条", a.number()).isEqualTo(whole.article(a.number()).orElseThrow().text());
        }
        assertThat(law.articles()).hasSize(whole.articles().size() - 1);
        assertThat(warnings(law)).singleElement().asString().contains("line 81").contains("left out")
                .contains("第十九条, which the heading cut");
    }

    @Test
    void shouldDateAVersionByItsFileNameWhenTheHistoryStopsAtTheFirstPromulgation() {
        // 不动产登记暂行条例 as revised in 2019 prints only its promulgation of 2014 (and no entry into force of 2019).
        LawText law = national("行政法规/不动产登记暂行条例(2019-03-24).md");
        assertThat(law.history()).extracting(HistoryLine::date).containsExactly(LocalDate.of(2014, 11, 24));
        assertThat(law.versionDate()).isEqualTo(LocalDate.of(2019, 3, 24));
        assertThat(law.inForce()).isNull();
    }

    @Test
    void shouldReadTheWholeNationalCorpusWithoutAWrongArticle() throws Exception {
        // Every text with articles reads; those without any (刑法修正案 numbered 一、二、…) are refused with their line.
        int read = 0;
        int refused = 0;
        try (var walk = java.nio.file.Files.walk(java.nio.file.Path.of("data/laws/national"))) {
            for (java.nio.file.Path p : walk.filter(f -> f.toString().endsWith(".md") && !f.endsWith("SOURCE.md")).toList()) {
                try {
                    LawText law = new LawTextParser().parse(p.getFileName().toString(), java.nio.file.Files.readAllBytes(p));
                    read++;
                    for (LawArticle a : law.articles()) {
                        assertThat(articleLinesOutsideQuotes(a.text())).as("%s 第%d条", p, a.number()).isEmpty();
                    }
                } catch (SourceException e) {
                    assertThat(e.getMessage()).contains("no article");
                    refused++;
                }
            }
        }
        assertThat(read).isEqualTo(1429);
        assertThat(refused).isEqualTo(81);
    }

    /** Lines of an article's text that open an article (第N条 …), but for those an amendment quotes after a colon. */
    private static List<String> articleLinesOutsideQuotes(String text) {
        List<String> found = new java.util.ArrayList<>();
        boolean quoting = false;
        for (String line : text.split("\n")) {
            if (!quoting && line.matches("^第[一二三四五六七八九十百千零]+条[ \u3000].*")) {
                found.add(line);
            }
            quoting |= line.endsWith("：");
        }
        return found;
    }
}
