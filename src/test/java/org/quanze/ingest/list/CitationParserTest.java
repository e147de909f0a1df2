package org.quanze.ingest.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quanze.ingest.Finding;
import org.quanze.ingest.Findings;
import org.quanze.ingest.Location;
import org.quanze.ingest.WarningKind;

/** Citations as the Karamay lists write them, besides the Yulin form the list reader tests pin. */
class CitationParserTest {

    private final Findings findings = new Findings();

    private List<DocumentCitation> parse(String text) {
        return new CitationParser(offset -> new Location("test.xlsx", "Sheet1", 3, 5, 0), findings).parse(text);
    }

    private static List<String> references(DocumentCitation citation) {
        return citation.refs().stream().map(ArticleRef::reference).toList();
    }

    private List<String> warnings() {
        return findings.list().stream().map(Finding::message).toList();
    }

    @Test
    void shouldReadACitationWithoutLevelOrHistoryAndAQuoteAfterSpaces() {
        List<DocumentCitation> citations = parse("《中华人民共和国基本医疗卫生与健康促进法》第一百零四条  基本医疗保险经办机构……。");
        assertThat(citations).hasSize(1);
        DocumentCitation c = citations.get(0);
        assertThat(c.levelTag()).isNull();
        assertThat(c.history()).isNull();
        assertThat(c.title()).isEqualTo("中华人民共和国基本医疗卫生与健康促进法");
        assertThat(c.refs()).singleElement().satisfies(ref -> {
            assertThat(ref.article()).isEqualTo(104);
            assertThat(ref.quote()).isEqualTo("基本医疗保险经办机构……。");
        });
    }

    @Test
    void shouldStartANewDocumentAtEachLineThatOpensWithATitle() {
        List<DocumentCitation> citations = parse("""
                【法律】《中华人民共和国社会保险法》（2010年10月28日通过）
                    第八十七条:社会保险经办机构以欺诈骗取社会保险基金支出的，处罚款。
                    《中华人民共和国基本医疗卫生与健康促进法》第一百零四条  基本医疗保险经办机构……。
                    实施《中华人民共和国社会保险法》若干规定 第二十五条：医疗机构……的罚款。""");
        assertThat(citations).extracting(DocumentCitation::title).containsExactly("中华人民共和国社会保险法",
                "中华人民共和国基本医疗卫生与健康促进法", "实施《中华人民共和国社会保险法》若干规定");
        assertThat(citations).extracting(c -> c.refs().get(0).article()).containsExactly(87, 104, 25);
        assertThat(citations.get(0).refs().get(0).quote()).isEqualTo("社会保险经办机构以欺诈骗取社会保险基金支出的，处罚款。");
    }

    @Test
    void shouldReadListsOfArticlesEvenWhenTheCellWrapsTheirNumerals() {
        DocumentCitation c = parse("""
                【法律】《 中华
                人民共和国统计
                法》（ 1983年
                12月8 日通过，根据2024
                年9月13日第二次修正）
                  第四十条、
                第四十一条、第
                四十二条""").get(0);
        assertThat(c.title()).isEqualTo("中华\n人民共和国统计\n法");
        assertThat(HistoryNote.parse(c.history()).versionSlug()).isEqualTo("2024-09-13");
        assertThat(references(c)).containsExactly("第四十条", "第四十一条", "第四十二条");
        assertThat(c.refs()).allSatisfy(ref -> assertThat(ref.quote()).isEmpty());
    }

    @Test
    void shouldGiveTheArticlesQuotedBelowAListToTheReferencesItNames() {
        DocumentCitation c = parse("""
                【法律】《中华人民共和国消防法》（2021年4月29日第三次修正）第十五条、第五十八条第一款第（四）项和第三款：
                    第十五条　公众聚集场所投入使用、营业前消防安全检查实行告知承诺管理。
                    第五十八条　违反本法规定，有下列行为之一的，责令停止使用。""").get(0);
        // The list cites three places and quotes their two articles below: the quotes are no references
        // of their own (they once made 第五十八条 a fourth citation and left the two it names unquoted).
        assertThat(references(c)).containsExactly("第十五条", "第五十八条第一款第（四）项", "第五十八条第三款");
        assertThat(c.refs().get(0).quote()).isEqualTo("公众聚集场所投入使用、营业前消防安全检查实行告知承诺管理。");
        ArticleRef item = c.refs().get(1);
        assertThat(item.article()).isEqualTo(58);
        assertThat(item.paragraph()).isEqualTo(1);
        assertThat(item.item()).isEqualTo(4);
        assertThat(item.quote()).isEqualTo("违反本法规定，有下列行为之一的，责令停止使用。");
        assertThat(c.refs().get(2).paragraph()).isEqualTo(3);
        assertThat(c.refs().get(2).quote()).isEqualTo(item.quote());
    }

    @Test
    void shouldNotTakeAnArticleNamedInsideAQuoteForAReference() {
        DocumentCitation c = parse("【规章】《汽车销售管理办法》（2017年4月商务部令2017年第1号）\n"
                + "    第二十条：经营者违反本办法第九条、第十一条规定的，责令改正。\n第十二条规定的情形除外。").get(0);
        assertThat(references(c)).containsExactly("第二十条");
        assertThat(c.refs().get(0).quote()).contains("第九条、第十一条").endsWith("第十二条规定的情形除外。");
        assertThat(HistoryNote.parse(c.history()).versionSlug()).isEqualTo("2017");
    }

    @Test
    void shouldReadAStrayClosingBracketAsPartOfTheTitleAndSaySo() {
        List<DocumentCitation> citations = parse("""
                【法规】《报废机动车回收管理办法》》（2019年4月22日国务院令第715号发布）
                    第四条第二款：县级以上地方人民政府负责报废机动车回收管理的部门……。
                【规章】《报废机动车回收管理办法》实施细则》（商务部令2020年第2号）
                    第五条第一款：省级商务主管部门……。""");
        assertThat(citations).extracting(DocumentCitation::title)
                .containsExactly("报废机动车回收管理办法》", "报废机动车回收管理办法》实施细则");
        assertThat(warnings()).anySatisfy(w -> assertThat(w).contains("has a 》 too many"));
    }

    @Test
    void shouldEndAHistoryNoteWithADoubledBracketAtItsLastClosingBracket() {
        DocumentCitation c = parse("【法律】《中华人民共和国行政许可法》（（2003年8月27日通过。2019年4月24日修正，自公布之日起施行）\n"
                + "    第三十二条、第三十四条。").get(0);
        assertThat(c.history()).startsWith("（2003年8月27日通过").endsWith("自公布之日起施行");
        assertThat(HistoryNote.parse(c.history()).versionSlug()).isEqualTo("2019-04-24");
        assertThat(references(c)).containsExactly("第三十二条", "第三十四条");
        assertThat(warnings()).singleElement().satisfies(w -> assertThat(w).contains("do not balance"));
    }

    @Test
    void shouldReadAHistoryWrittenWithoutBrackets() {
        DocumentCitation c = parse("【规章】《对外劳务合作风险处置备用金管理办法（试行）》2017年9月14日修改   第二十三条").get(0);
        assertThat(c.title()).isEqualTo("对外劳务合作风险处置备用金管理办法（试行）");
        assertThat(c.history()).isEqualTo("2017年9月14日修改");
        assertThat(references(c)).containsExactly("第二十三条");
    }

    @Test
    void shouldKeepAnIssuerWrittenBeforeTheTitle() {
        DocumentCitation c = parse("【规范性文件】新疆维吾尔自治区人民政府办公厅《关于下放行政权力事项的通知》（新政办发〔2016〕116号）\n"
                + "    关于自治区商务厅下放行政权力事项：二手车交易市场备案下放。").get(0);
        assertThat(c.title()).isEqualTo("新疆维吾尔自治区人民政府办公厅《关于下放行政权力事项的通知》");
        assertThat(c.refs()).isEmpty();
    }

    @Test
    void shouldReportAWholeDocumentOrOnlyChaptersOncePerDocument() {
        parse("【法律】《中华人民共和国行政处罚法》（2021年1月22日修订）\n  第五章、第六章、第七章。");
        parse("【法律】《行政处罚法》\n  第五章、第六章、第七章。");
        assertThat(warnings()).singleElement().satisfies(w -> assertThat(w)
                .contains("《中华人民共和国行政处罚法》 is cited without an article")
                .contains("only chapters: 第五章、第六章、第七章").contains("2 times in this file"));
    }

    private List<WarningKind> kinds() {
        return findings.occurrences().stream().map(Finding::kind).toList();
    }

    /** A slip damages its cell only: a 《 never closed ends with its line, before a history note or a reference on it. */
    @Test
    void shouldReadATitleThatIsNeverClosedToItsHistoryNote() {
        List<DocumentCitation> citations = parse("""
                【法规】《新疆维吾尔自治区实施〈中华人民共和国人民防空法〉办法（2007年9月28日通过，自2008年1月1日起施行）
                    第三十二条：违反本办法第十六条规定，不按照国家的要求修建防空地下室的，予以警告。
                【规范性文件】《新疆维吾尔自治区城市防空地下室易地建设收费办法》（新发改规[2021]10号）
                    第七条：国家人防一类重点城市防空地下室易地建设费为每平方米1400元。""");
        assertThat(citations).extracting(DocumentCitation::title).containsExactly(
                "新疆维吾尔自治区实施〈中华人民共和国人民防空法〉办法", "新疆维吾尔自治区城市防空地下室易地建设收费办法");
        assertThat(citations.get(0).history()).isEqualTo("2007年9月28日通过，自2008年1月1日起施行");
        assertThat(citations).extracting(c -> c.refs().get(0).article()).containsExactly(32, 7);
        assertThat(kinds()).containsExactly(WarningKind.UNCLOSED_TITLE);
        assertThat(warnings()).singleElement().satisfies(w -> assertThat(w).contains("has no 》"));
    }

    @Test
    void shouldEndATitleThatIsNeverClosedBeforeAReferenceOnItsLine() {
        DocumentCitation c = parse("【法律】《中华人民共和国保守国家秘密法（1988年9月5日公布）第四十五条：……").get(0);
        assertThat(c.title()).isEqualTo("中华人民共和国保守国家秘密法");
        assertThat(c.history()).isEqualTo("1988年9月5日公布");
        assertThat(references(c)).containsExactly("第四十五条");
        assertThat(kinds()).containsExactly(WarningKind.UNCLOSED_TITLE);
    }

    @Test
    void shouldReadATitleNestedInATitleWhole() {
        DocumentCitation c = parse("【规范性文件】《关于印发《政府采购需求管理办法》的通知》（财库〔2021〕22号）\n  第五条：……").get(0);
        assertThat(c.title()).isEqualTo("关于印发《政府采购需求管理办法》的通知");
        assertThat(references(c)).containsExactly("第五条");
        assertThat(kinds()).isEmpty();
    }

    @Test
    void shouldEndAHistoryNoteThatIsNeverClosedWithItsLine() {
        DocumentCitation c = parse("【法律】《中华人民共和国会计法》(1985年1月21日通过，主席令第二十一号公布。2024年6月28日，"
                + "十四届全国人大常委会第十次会议表决通过关于修改会计法的决定，自2024年7月1日起施行。\n"
                + "    第四十条：违反本法规定，有下列行为之一的，（一）不依法设置会计账簿的；（二）私设会计账簿的。").get(0);
        assertThat(c.history()).startsWith("1985年1月21日通过").endsWith("自2024年7月1日起施行。");
        assertThat(HistoryNote.parse(c.history()).versionSlug()).isEqualTo("2024-06-28");
        assertThat(references(c)).containsExactly("第四十条");
        assertThat(c.refs().get(0).quote()).endsWith("（二）私设会计账簿的。");
        assertThat(kinds()).containsExactly(WarningKind.UNCLOSED_HISTORY);
    }

    @Test
    void shouldReadALevelTagThatIsNeverClosedUpToItsTitle() {
        DocumentCitation c = parse("【法律《中华人民共和国人民防空法》（2009年8月27日修正）\n    第四十九条：……").get(0);
        assertThat(c.levelTag()).isEqualTo("法律");
        assertThat(c.title()).isEqualTo("中华人民共和国人民防空法");
        assertThat(references(c)).containsExactly("第四十九条");
        assertThat(kinds()).containsExactly(WarningKind.UNCLOSED_LEVEL);
    }

    @Test
    void shouldReadAnArticleThatLostItsMarkAndSaySo() {
        DocumentCitation c = parse("""
                【规范性文件】《关于印发<新疆维吾尔自治区小额贷款公司管理暂行办法>的通知》（新政办发〔2017〕160号）
                    三十八条：小额贷款公司有下列变更事项的，报自治区金融办备案。
                    第三十九条：获准变更的事项，应自批准之日起30个工作日内完成。""").get(0);
        assertThat(c.refs()).extracting(ArticleRef::article).containsExactly(38, 39);
        assertThat(kinds()).containsExactly(WarningKind.UNMARKED_ARTICLE);
    }

    @Test
    void shouldSayWhenAnArticleIsCitedWithNoDocumentBeforeIt() {
        List<DocumentCitation> citations = parse("第七十八条：采购代理机构在代理政府采购业务中有违法行为的，按照有关法律规定处以罚款。\n"
                + "【法规】《政府采购法实施条例》（2015年1月30日国务院令第658号公布）\n    第六十七条：……");
        assertThat(citations).extracting(DocumentCitation::title).containsExactly("政府采购法实施条例");
        assertThat(kinds()).containsExactly(WarningKind.MISSING_TITLE);
    }

    @Test
    void shouldReadARangeOfArticlesAsEachArticleOfIt() {
        DocumentCitation c = parse("【法律】《中华人民共和国行政处罚法》（自2021年7月15日起施行）   "
                + "第三十九至第五十条、第五十九条、第六十一条、第六十六条至第六十八条。").get(0);
        assertThat(c.refs()).extracting(ArticleRef::article)
                .containsExactly(39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 59, 61, 66, 67, 68);
        assertThat(c.refs().get(0).reference()).isEqualTo("第三十九至第五十条");
        assertThat(HistoryNote.parse(c.history()).versionSlug()).isEqualTo("2021");
    }

    @Test
    void shouldReadAnItemNamedAfterTheColonOfItsArticle() {
        DocumentCitation c = parse("【规范性文件】《新疆维吾尔自治区地方金融监督管理局职能配置、内设机构和人员编制规定》（新党厅字【2018】174号）\n"
                + "    第一条:第（七）项 按照中央金融监管部门制定的规则，负责典当行的设立、变更审批。").get(0);
        assertThat(c.refs()).singleElement().satisfies(ref -> {
            assertThat(ref.article()).isEqualTo(1);
            assertThat(ref.item()).isEqualTo(7);
            assertThat(ref.quote()).startsWith("按照中央金融监管部门");
        });
    }
}
