package org.quanze.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quanze.health.QuoteCheck.Verdict;
import org.quanze.reading.OfficialArticle;
import org.quanze.reading.OfficialArticle.Item;
import org.quanze.reading.OfficialArticle.Paragraph;

class QuoteCheckTest {

    private static final OfficialArticle ARTICLE = new OfficialArticle("urn:a", 8, "", "urn:v", null, null, null, List.of(
            new Paragraph("urn:p1", 1, "实施行政行为，有下列情形之一的，应当追究行政过错人的责任：\n（一）依法应当回避不回避；\n"
                    + "（二）应当听证而不听证；\n（三）应当告知而不告知；\n（四）执行公务活动不出示有效证件；\n（五）其他违反法定程序的情形。",
                    List.of(new Item("urn:i1", 1, "（一）依法应当回避不回避；"), new Item("urn:i2", 2, "（二）应当听证而不听证；"),
                            new Item("urn:i3", 3, "（三）应当告知而不告知；"), new Item("urn:i4", 4, "（四）执行公务活动不出示有效证件；"),
                            new Item("urn:i5", 5, "（五）其他违反法定程序的情形。"))),
            new Paragraph("urn:p2", 2, "前款规定的行为，情节严重的，依法给予处分。涉嫌犯罪的，移送司法机关。", List.of())));

    @Test
    void shouldMatchTheLeadWithSomeOfItsItems() {
        QuoteCheck.Result r = QuoteCheck.check("实施行政行为，有下列情形之一的，应当追究行政过错人的责任：（一）依法应当回避不回避；"
                + "（四）执行公务活动不出示有效证件；（五）其他违反法定程序的情形。", ARTICLE, null, null);

        assertThat(r.verdict()).isEqualTo(Verdict.MATCH);
    }

    @Test
    void shouldMatchOneParagraphOrItsFirstSentenceAndIgnoreLayout() {
        assertThat(QuoteCheck.check("前款规定的行为，情节严重的，依法给予处分。\n  ", ARTICLE, null, null).verdict())
                .isEqualTo(Verdict.MATCH);
        assertThat(QuoteCheck.check("前款规定的行为，情节严重的，依法给予处分。涉嫌犯罪的，移送司法机关。", ARTICLE, 2, null).verdict())
                .isEqualTo(Verdict.MATCH);
    }

    @Test
    void shouldCallPunctuationAndWidthAloneAMinorMisquote() {
        QuoteCheck.Result r = QuoteCheck.check("前款规定的行为,情节严重的,依法给予处分。", ARTICLE, null, null);

        assertThat(r.verdict()).isEqualTo(Verdict.MINOR);
        assertThat(r.official()).isEqualTo("前款规定的行为，情节严重的，依法给予处分。");
    }

    @Test
    void shouldShowAMisquoteAgainstTheOfficialSentenceClosestToIt() {
        QuoteCheck.Result r = QuoteCheck.check("前款规定的行为，情节严重的，依法给予纪律处分。", ARTICLE, null, null);

        assertThat(r.verdict()).isEqualTo(Verdict.MISQUOTE);
        assertThat(r.official()).isEqualTo("前款规定的行为，情节严重的，依法给予处分。");
    }

    @Test
    void shouldNotAcceptItemsOutOfOrderOrOfAnotherParagraph() {
        assertThat(QuoteCheck.check("（四）执行公务活动不出示有效证件；（一）依法应当回避不回避；", ARTICLE, null, null).verdict())
                .isEqualTo(Verdict.MISQUOTE);
        assertThat(QuoteCheck.check("前款规定的行为，情节严重的，依法给予处分。", ARTICLE, 1, null).verdict())
                .isEqualTo(Verdict.MISQUOTE);
    }

    @Test
    void shouldTellTheLevelAPromulgatingOrderGives() {
        assertThat(PromulgatingOrder.level("广西壮族自治区人民政府令第24号，2007年6月13日发布")).hasValue("地方政府规章");
        assertThat(PromulgatingOrder.level("1988年9月5日主席令第6号公布，2010年4月29日主席令第28号修改")).hasValue("法律");
        assertThat(PromulgatingOrder.level("2014年1月17日国务院令第646号公布")).hasValue("行政法规");
        assertThat(PromulgatingOrder.level("2017年12月29日国家保密局令第2号公布")).hasValue("部门规章");
        assertThat(PromulgatingOrder.level("国保发〔2013〕14号")).isEmpty();
        assertThat(PromulgatingOrder.level(null)).isEmpty();
    }

    @Test
    void shouldMatchAQuoteOfTheWholeArticleAroundTheParagraphOrItemCited() {
        // 第八条第一款第（四）项 and 第二款, quoted as the list quotes them: the lead, the item, the next paragraph.
        String quote = "实施行政行为，有下列情形之一的，应当追究行政过错人的责任：\n（四）执行公务活动不出示有效证件；\n"
                + "前款规定的行为，情节严重的，依法给予处分。涉嫌犯罪的，移送司法机关。";
        assertThat(QuoteCheck.check(quote, ARTICLE, 1, 4).verdict()).isEqualTo(Verdict.MATCH);
        assertThat(QuoteCheck.check(quote, ARTICLE, 2, null).verdict()).isEqualTo(Verdict.MATCH);
        assertThat(QuoteCheck.check(quote, ARTICLE, 1, 2).verdict()).as("item (二) is not in the quote")
                .isEqualTo(Verdict.MISQUOTE);
    }
}
