package org.quanze.impact.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.apache.jena.rdf.model.ModelFactory;
import org.quanze.impact.Csv;
import org.quanze.Fixtures;
import org.quanze.impact.ImpactGraphs;
import org.quanze.store.GraphStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The impact, health and point-in-time pages and their downloads on the bundled data, over HTTP,
 * as the server runs them (it loads the data on first start and brings the impact graphs up to date).
 */
class ImpactPagesTest extends ImpactWebTest {

    static final String YULIN = "list=" + enc("https://w3id.org/quanze/id/list/yulin-secrecy-bureau");
    static final String LAW = "/impact?document=" + enc("保守国家秘密法") + "&from=2010&to=2024";


    @LocalServerPort
    int port;

    @Autowired
    GraphStore store;

    @Autowired
    ImpactGraphs graphs;

    private final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    Document page(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> r = get(pathAndQuery);
        assertThat(r.statusCode()).as(pathAndQuery).isEqualTo(200);
        return Jsoup.parse(r.body());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void shouldShowEachCitationOfThe2010LawWithItsNewArticleAndBothTexts() throws Exception {
        Document page = page(LAW);

        assertThat(page.select("#total-amended td").first().text()).isEqualTo("5");
        assertThat(page.select("#total-split td").first().text()).isEqualTo("3");
        assertThat(page.select("#total-merged td").first().text()).isEqualTo("2");
        List<Element> rows = page.select("#by-power article.impact-article");
        assertThat(page.select("#by-list")).as("one list cites the law: no table per list").isEmpty();
        assertThat(page.select("#by-power-partial")).as("its rows are all shown").isEmpty();
        assertThat(page.select("#by-power .impact-row")).as("ten citations").hasSize(10);
        // Power 1's own basis and its duty 3 both cite article 45: one change, one diff, two citers.
        assertThat(rows).as("seven articles cited, each shown once per power").hasSize(7);
        Element power1 = rows.get(0);
        assertThat(power1.select(".impact-row")).extracting(Element::text).containsExactly(
                "实施依据 依据 1 承办机构：保密技术检查科", "责任事项 3 的依据 依据 3 责任主体：保密技术检查科");
        assertThat(power1.select("a.art").text()).contains("第四十五条");
        assertThat(power1.select("strong.change").text()).isEqualTo("合并");
        assertThat(power1.select("a.target").text()).isEqualTo("2024-02-27 版 第五十二条第二款");
        assertThat(power1.select(".diff-new ins").eachText()).contains("和案件调查处理");
        assertThat(power1.select(".diff-old del")).isEmpty();
        assertThat(rows.get(4).select("a.art").text()).contains("第二十八条");
        assertThat(rows.get(4).select("a.target").text()).contains("第三十四条");
        assertThat(rows.get(4).select(".diff-old del").eachText()).contains("、检察机关");
        assertThat(page.select("#by-unit tbody tr")).extracting(Element::text)
                .anySatisfy(t -> assertThat(t).startsWith("保密技术检查科 0 0 1 3 2 0"))
                .anySatisfy(t -> assertThat(t).startsWith("保密业务科 0 0 4 0 0 0"));
        assertThat(page.select("nav a.current").text()).isEqualTo("影响");
        assertThat(page.select("select[name=document] option[selected]").attr("value")).isEqualTo("保守国家秘密法");
        assertThat(page.select("select[name=from] option[selected]").attr("value")).isEqualTo("2010-04-29");
        assertThat(page.select("select[name=to] option[selected]")).as("the law's 2024 version, not the regulation's")
                .extracting(e -> e.attr("value")).containsExactly("2024-02-27");
    }

    @Test
    void shouldShowTheFirstDocumentsOldestAndNewestVersionsWhenNothingIsAsked() throws Exception {
        Document page = page("/impact");

        // The revised documents the lists cite, in the order of their titles: 会计法 (the finance list) comes first.
        assertThat(page.select("#summary h2").text()).isEqualTo("《会计法》2017-11-04 → 2024-06-28");
        assertThat(page.select("select[name=from] option[selected]").attr("value")).isEqualTo("2017-11-04");
    }

    @Test
    void shouldSpeakEnglishOnRequest() throws Exception {
        Document page = page(LAW + "&lang=en");

        assertThat(page.select("h1").text()).isEqualTo("Amendment impact");
        assertThat(page.select("#by-power strong.change").first().text()).isEqualTo("merged");
        assertThat(page.select("#by-power a.target").first().text()).isEqualTo("2024-02-27: Art. 52, para. 2");
    }

    @Test
    void shouldOfferOnlyTheChosenDocumentsVersionsAndTakeItsOwnWhenOthersAreLeftSelected() throws Exception {
        // 实施条例 chosen while the law's versions were still selected: its own oldest and newest, and a word why.
        HttpResponse<String> r = get("/impact?document=" + enc("保守国家秘密法实施条例") + "&from=2010-04-29&to=2024-02-27");
        assertThat(r.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(r.body());
        assertThat(page.select("select[name=from] option").eachAttr("value")).containsExactly("2014-01-17", "2024-07-10");
        assertThat(page.select("select[name=to] option").eachAttr("value")).containsExactly("2014-01-17", "2024-07-10");
        assertThat(page.select("select[name=to] option[selected]").attr("value")).isEqualTo("2024-07-10");
        assertThat(page.select("#versions-reset").text()).contains("所选版本不属于这部法律法规").contains("2014-01-17 → 2024-07-10");
        assertThat(page.select("#summary h2").text()).isEqualTo("《保守国家秘密法实施条例》2014-01-17 → 2024-07-10");
        assertThat(page.select("template[data-document]").eachAttr("data-document"))
                .containsExactly("会计法", "保守国家秘密法", "保守国家秘密法实施条例", "统计法");
    }

    /** A version whose day in force is not known is offered by its date alone (it read "2024-09-13（null 起施行）"). */
    @Test
    void shouldOfferAVersionWithoutAKnownDayInForceByItsDateAlone() throws Exception {
        Document page = page("/impact?document=" + enc("统计法"));
        assertThat(page.select("select[name=to] option").eachText()).contains("2024-09-13").noneMatch(t -> t.contains("null"));
        assertThat(page.select("template[data-document] option").eachText()).isNotEmpty()
                .noneMatch(t -> t.contains("null")).anyMatch(t -> t.contains("起施行"));
    }

    @Test
    void shouldPutVersionsInOrderAndSayWhatCannotBeReportedInTheReadersLanguage() throws Exception {
        Document swapped = page("/impact?document=" + enc("保守国家秘密法") + "&from=2024&to=2010");
        assertThat(swapped.select("#versions-swapped").text()).contains("已按时间先后调换");
        assertThat(swapped.select("#summary h2").text()).isEqualTo("《保守国家秘密法》2010-04-29 → 2024-02-27");

        HttpResponse<String> same = get("/impact?document=" + enc("保守国家秘密法") + "&from=2010&to=2010");
        assertThat(same.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(same.body()).select("#impact-error").text())
                .contains("新版本 2010-04-29 并不晚于旧版本 2010-04-29");
        HttpResponse<String> none = get("/impact?document=" + enc("不存在的法") + "&from=2010&to=2024&lang=en");
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(none.body()).select("#impact-error").text()).contains("The store holds no document 《不存在的法》");
    }

    @Test
    void shouldAnswer404AndEscapeWhatItEchoes() throws Exception {
        HttpResponse<String> r = get("/impact?document=" + enc("<script>alert(1)</script>") + "&from=2010&to=2024");

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(get("/impact.csv?document=" + enc("不存在") + "&from=2010&to=2024").statusCode()).isEqualTo(404);
    }

    @Test
    void shouldOfferTheReportAsCsvAndJsonThatParse() throws Exception {
        HttpResponse<String> csv = get("/impact.csv?document=" + enc("保守国家秘密法实施条例") + "&from=2014&to=2024");
        HttpResponse<String> json = get("/impact.json?document=" + enc("保守国家秘密法") + "&from=2010&to=2024");

        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("attachment"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .contains("impact-" + enc("保守国家秘密法实施条例").replace("+", "%20")));
        // Opens right in a spreadsheet: a byte order mark, headers and coded values in the reader's language.
        List<Map<String, String>> rows = Csv.spreadsheetRows(csv.body());
        assertThat(rows).hasSize(17);
        assertThat(rows).filteredOn(r -> r.get("旧版条号").equals("36")).isNotEmpty().allSatisfy(r ->
                assertThat(r).containsEntry("变化", "修改").containsEntry("新版条号", "62").containsEntry("人工校正", "否"));
        assertThat(rows).extracting(r -> r.get("依据类别")).contains("实施依据", "责任事项依据", "追责依据");
        List<Map<String, String>> english = Csv.spreadsheetRows(get("/impact.csv?lang=en&document="
                + enc("保守国家秘密法实施条例") + "&from=2014&to=2024").body());
        assertThat(english).filteredOn(r -> r.get("Old article").equals("36"))
                .allSatisfy(r -> assertThat(r).containsEntry("Change", "amended"));
        HttpResponse<String> yulin = get("/impact.csv?document=" + enc("保守国家秘密法") + "&from=2010&to=2024&list="
                + enc("https://w3id.org/quanze/id/list/yulin-secrecy-bureau"));
        assertThat(yulin.headers().firstValue("Content-Disposition")).as("the list in the file name")
                .hasValueSatisfying(d -> assertThat(d).contains("-yulin-secrecy-bureau.csv"));
        JsonNode law = new ObjectMapper().readTree(json.body());
        assertThat(law).hasSize(10);
        assertThat(law.get(0).get("newArticles").get(0).asInt()).isEqualTo(52);
        Document page = page(LAW);
        assertThat(page.select("#download-csv").attr("href")).startsWith("/impact.csv?document=");
    }

    /** Every column of the report's CSV is named in the reader's language, and which version a row cites in words. */
    @Test
    void shouldNameEveryColumnOfTheCsvInTheReadersLanguage() throws Exception {
        for (String lang : List.of("zh", "en")) {
            List<Map<String, String>> rows = Csv.spreadsheetRows(get("/impact.csv?lang=" + lang + "&document=" + enc("统计法")).body());
            assertThat(rows).as(lang).isNotEmpty();
            assertThat(rows.get(0).keySet()).as(lang).hasSize(org.quanze.impact.report.ImpactExport.COLUMNS.size())
                    .doesNotContainAnyElementsOf(org.quanze.impact.report.ImpactExport.COLUMNS);
            assertThat(rows).as(lang).extracting(r -> r.get(lang.equals("zh") ? "所引版本" : "Version cited"))
                    .containsOnly(lang.equals("zh") ? "新版" : "new");
        }
    }

    /** A download whose versions are left out reports the document's oldest against its newest, as the page does. */
    @Test
    void shouldDownloadTheOldestAgainstTheNewestWhenTheVersionsAreLeftOut() throws Exception {
        HttpResponse<String> both = get("/impact.csv?document=" + enc("保守国家秘密法") + "&from=2010&to=2024");
        HttpResponse<String> none = get("/impact.csv?document=" + enc("保守国家秘密法"));
        HttpResponse<String> older = get("/impact.json?document=" + enc("保守国家秘密法") + "&from=2010");

        assertThat(none.statusCode()).isEqualTo(200);
        assertThat(none.body()).isEqualTo(both.body());
        assertThat(none.headers().firstValue("Content-Disposition")).isEqualTo(both.headers().firstValue("Content-Disposition"));
        assertThat(older.statusCode()).isEqualTo(200);
        assertThat(new ObjectMapper().readTree(older.body())).hasSize(10);
        HttpResponse<String> unknown = get("/impact.csv?document=" + enc("不存在的法"));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("不存在的法");
        assertThat(get("/impact.csv?document=" + enc("保守国家秘密法") + "&from=1999").statusCode())
                .as("a version the document lacks is not replaced").isEqualTo(404);
    }

    /**
     * A document the store holds one official text of (社会保险法: 2010 and 2018 cited, the 2018 text held) cannot be
     * reported without its versions: the page and the download say why, in the reader's language, not a server error.
     */
    @Test
    void shouldSayADocumentWithOneTextHeldHasNothingToCompare() throws Exception {
        HttpResponse<String> page = get("/impact?document=" + enc("社会保险法"));
        HttpResponse<String> english = get("/impact?lang=en&document=" + enc("社会保险法"));
        HttpResponse<String> csv = get("/impact.csv?document=" + enc("社会保险法"));

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(page.body()).select("#impact-error").text())
                .contains("库中《社会保险法》只有 1 个版本有官方文本，比较需要两个。");
        assertThat(Jsoup.parse(english.body()).select("#impact-error").text())
                .contains("The store holds the official text of 1 version(s) of 《社会保险法》: a report compares two.");
        assertThat(csv.statusCode()).isEqualTo(404);
        assertThat(csv.body()).contains("official text of 1 version(s) of 《社会保险法》");
    }

    @Test
    void shouldReportEachFindingWithItsCellsAndTheDiffOfAMisquote() throws Exception {
        Document page = page("/health?" + YULIN);

        assertThat(page.select("#count-misquote td").first().text()).isEqualTo("4");
        assertThat(page.select("#count-chapter-mismatch td").first().text()).isEqualTo("2");
        assertThat(page.select("#count-level-mismatch td").first().text()).isEqualTo("5");
        assertThat(page.select("#count-minor-misquote td").first().text()).as("（一） against (一) is no slip").isEqualTo("0");
        assertThat(page.select("#count-unverifiable td").first().text()).isEqualTo("40");
        // Eleven findings; the same mistake in several cells is one: 第三十五条 misquoted alike in rows 3 and 7,
        // 第三十八条 in rows 4 and 5, the Guangxi rule's level in four cells; the law's level once, two chapters.
        assertThat(page.select("#findings > h2").text()).isEqualTo("发现的问题（11 处，相同的合为一条后 6 条）");
        assertThat(page.select("#findings article.finding")).hasSize(6);
        Element misquote = page.select("#findings article.finding").first();
        assertThat(misquote.select("h3").text()).isEqualTo("引文有误 引用《中华人民共和国保守国家秘密法实施条例》第四章第三十五条 （2 处）");
        assertThat(misquote.select("ul.places li").eachText()).containsExactly(
                "yulin-secrecy-bureau.txt 第 3 行第 9 列 第 1 项 责任事项 1 的依据 依据 1",
                "yulin-secrecy-bureau.txt 第 7 行第 9 列 第 5 项 责任事项 1 的依据 依据 1");
        assertThat(misquote.select(".diff-old del").eachText()).containsExactly("者");
        assertThat(page.select("#findings article.finding ul.places li")).extracting(Element::text)
                .contains("yulin-secrecy-bureau.txt 第 8 行第 7 列 第 6 项 实施依据 依据 1");
        assertThat(page.select("#unverifiable p.notice").text()).contains("没有官方文本");
        assertThat(page.select("#unverifiable tbody tr")).hasSize(40);
        assertThat(page.select("#unverifiable-partial")).isEmpty();
        assertThat(page.select("nav a.current").text()).as("the menu names the page").isEqualTo("核查");
    }

    /**
     * Per list: the citations, those checked against the official text of the version they cite, and of
     * those the ones found right and the ones with a finding; counted here apart from the page's query.
     */
    @Test
    void shouldCountPerListTheCitationsCheckedAndFoundRight() throws Exception {
        Document page = page("/health");
        List<Element> rows = page.select("#coverage tbody tr");
        assertThat(rows).as("one row per list, the defense list's five sheets each").hasSize(12);
        Element yulin = rows.stream().filter(r -> r.text().startsWith("玉林市国家保密局")).findFirst().orElseThrow();
        // 74 citations; the 27 into the law and the regulation (texts held) are checked, the 47 into the four
        // rules without text (40 written out, 7 同N) are not; 7 of the 27 have a finding (4 misquotes, 2
        // chapters, the law tagged 行政法规 once; the other level findings concern a rule without text): 20 right.
        assertThat(yulin.select("td").eachText()).containsExactly("74", "27", "36.5%", "20", "7", "0", "0", "47");
        for (Element row : rows) {
            List<String> cells = row.select("td").eachText();
            assertThat(Long.parseLong(cells.get(3)) + Long.parseLong(cells.get(4))).as(row.text())
                    .isEqualTo(Long.parseLong(cells.get(1)));
        }
        long all = Long.parseLong(Fixtures.select(store, """
                PREFIX qz: <https://w3id.org/quanze/ontology#>
                SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a qz:Citation }""").get(0).get("n"));
        assertThat(rows.stream().mapToLong(r -> Long.parseLong(r.select("td").first().text())).sum())
                .as("every citation of the store, in one list or another").isEqualTo(all).isEqualTo(1913);
    }

    /**
     * What the reader met reading the lists is on the page too, one finding per cell and kind: the
     * slips it read past counted apart, each with its place and its cell verbatim.
     */
    @Test
    void shouldShowWhatTheReaderMetWithItsPlaceAndItsCell() throws Exception {
        Document page = page("/health");
        assertThat(page.select("#reading-count-unclosed-title td").first().text()).isEqualTo("1");
        assertThat(page.select("#reading-count-unclosed-history td").first().text()).isEqualTo("11");
        assertThat(page.select("#reading-count-unbalanced-brackets td").first().text()).isEqualTo("8");
        assertThat(page.select("#reading-count-missing-title td").first().text()).isEqualTo("1");
        assertThat(page.select("#reading-count-unmarked-article td").first().text()).isEqualTo("2");
        assertThat(page.select("#reading-count-unclosed-level")).as("no bundled list has a 【 never closed").isEmpty();
        assertThat(page.select("#reading p.notice").text()).contains("其中 23 处是单元格里的笔误");

        Document slip = page("/health?kind=unclosed-title");
        assertThat(slip.select("#reading tr.reading-finding")).singleElement().satisfies(row -> {
            assertThat(row.select("td").get(0).text())
                    .isEqualTo("defense-mobilization-office-2024.xlsx 工作表“行政处罚（5项）” 第 7 行第 5 列");
            assertThat(row.select("td").get(1).text()).isEqualTo("书名号未闭合");
            assertThat(row.select("pre").text()).contains("《新疆维吾尔自治区实施〈中华人民共和国人民防空法〉办法（2007年9月28日");
            assertThat(row.select("td").get(3).text()).contains("has no 》");
        });
        assertThat(slip.select("#findings article.finding")).isEmpty();
    }

    /**
     * Beside each citation that cannot be checked, the law library's closest titles, or that none comes close:
     * none for the four documents of the Yulin list, 《中华人民共和国社会保险法》 for 实施《中华人民共和国社会保险法》若干规定
     * (the findings themselves are checked in CitationHealthTest and KaramayFindingsTest).
     */
    @Test
    void shouldNameTheLibrarysClosestTitlesBesideEachCitationThatCannotBeChecked() throws Exception {
        Document yulin = page("/health?" + YULIN);
        assertThat(yulin.select("#unverifiable thead th").last().text()).isEqualTo("法规库中最接近的标题");
        assertThat(yulin.select("#unverifiable tbody tr")).hasSize(40)
                .extracting(tr -> tr.select("td").last().text()).containsOnly("无相近标题：法规库中没有此文件");

        Document medical = page("/health?lang=en&list=" + enc("https://w3id.org/quanze/id/list/medical-security-bureau-2024"));
        assertThat(medical.select("#unverifiable thead th").last().text()).isEqualTo("Closest titles in the law library");
        assertThat(medical.select("#unverifiable tbody tr"))
                .filteredOn(tr -> tr.select("td").get(2).text().matches(".*社会保险法.*若干规定"))
                .isNotEmpty().extracting(tr -> tr.select("td").last().text()).containsOnly("《中华人民共和国社会保险法》");
    }

    /**
     * The share of each list's citations checked against the official text of the version they cite, as the
     * law library gives it (counted by SPARQL over the store apart from the page's query, per list graph:
     * citations whose qz:citesVersion has official text — the defense file's five lists together 163 and 120),
     * with those found right and those with findings.
     */
    @Test
    void shouldShowTheShareOfCitationsCheckedAgainstAnOfficialTextPerList() throws Exception {
        Document page = page("/health");
        assertThat(page.select("#coverage tbody tr")).extracting(tr -> tr.select("td").eachText().toString())
                .containsExactly("[16, 14, 87.5%, 8, 6, 0, 0, 2]", "[20, 9, 45.0%, 9, 0, 0, 0, 11]",
                        "[74, 70, 94.6%, 64, 6, 0, 0, 4]", "[5, 0, 0.0%, 0, 0, 0, 0, 5]", "[6, 1, 16.7%, 1, 0, 0, 0, 5]",
                        "[58, 40, 69.0%, 40, 0, 0, 0, 18]", "[154, 29, 18.8%, 21, 8, 17, 114, 11]",
                        "[166, 55, 33.1%, 51, 4, 0, 0, 111]", "[60, 37, 61.7%, 33, 4, 0, 1, 22]",
                        "[1012, 916, 90.5%, 893, 23, 0, 0, 96]", "[268, 192, 71.6%, 157, 35, 0, 1, 75]",
                        "[74, 27, 36.5%, 20, 7, 0, 0, 47]");
        assertThat(page.select("#coverage-total td").eachText())
                .containsExactly("1913", "1390", "72.7%", "1297", "93", "17", "116", "407");
        Document list = page("/id/list/statistics-bureau-2025");
        assertThat(list.select("#coverage tbody tr td").eachText()).containsExactly("16", "14", "87.5%", "8", "6", "0", "0", "2");
    }

    /**
     * Over all twelve lists, 372 citations cannot be checked (their documents have no text in the law library;
     * counted by SPARQL over the store): the page lists 200 of them and says so.
     */
    @Test
    void shouldListOnlyTheFirstCitationsThatCannotBeCheckedOverAllLists() throws Exception {
        Document page = page("/health");
        assertThat(page.select("#count-unverifiable td").first().text()).isEqualTo("372");
        assertThat(page.select("#unverifiable h2").text()).isEqualTo("无法核对的引用（372）");
        assertThat(page.select("#unverifiable tbody tr")).hasSize(200);
        assertThat(page.select("#unverifiable-partial").text()).isEqualTo("列出前 200 条（共 372 条）；全部引用见 CSV 下载，也可按清单筛选。");
        assertThat(Csv.spreadsheetRows(get("/health.csv?kind=unverifiable").body())).hasSize(372);
    }

    @Test
    void shouldOfferTheFindingsAsCsvAndJsonThatParse() throws Exception {
        List<Map<String, String>> rows = Csv.spreadsheetRows(get("/health.csv?lang=en&" + YULIN).body());
        JsonNode misquotes = new ObjectMapper().readTree(get("/health.json?kind=misquote&" + YULIN).body());

        assertThat(rows).as("51 citation findings (52 before (一) and （一） were one) and the reader's one").hasSize(52);
        assertThat(rows).filteredOn(r -> r.get("Kind of finding").equals("Table layout")).singleElement().satisfies(r -> assertThat(
                List.of(r.get("Row"), r.get("Column"), r.get("Sheet"))).containsExactly("8", "13", ""));
        assertThat(rows).filteredOn(r -> r.get("Kind of finding").equals("Chapter mismatch"))
                .extracting(r -> r.get("Row") + "," + r.get("Column") + "," + r.get("What the list says"))
                .containsExactly("8,7,第四章第二十三条第三款", "8,7,第四章第二十四条");
        assertThat(misquotes).hasSize(4);
    }

    @Test
    void shouldMarkTheCitationsWithFindingsOnThePowerPage() throws Exception {
        Document power6 = page("/id/list/yulin-secrecy-bureau/power/6");
        Document power5 = page("/id/list/yulin-secrecy-bureau/power/5");

        assertThat(power6.select("#basis a.health-badge").eachText()).containsExactly("章号不符", "章号不符");
        assertThat(power6.select("#basis a.health-badge").first().attr("href")).isEqualTo("/health?kind=chapter-mismatch");
        assertThat(power5.select("#duty-4 a.health-badge").eachText()).containsExactly("层级标注不符");
        assertThat(power5.select("#case-2 a.health-badge").eachText()).containsExactly("层级标注不符");
        assertThat(power5.select("#duty-2 a.health-badge")).as("unverifiable gets no badge").isEmpty();
    }

    @Test
    void shouldReadTheListAsOfADay() throws Exception {
        Document page = page("/lists/point-in-time?list=" + enc("https://w3id.org/quanze/id/list/yulin-secrecy-bureau")
                + "&date=2025-01-01");

        assertThat(page.select("h1").text()).isEqualTo("玉林市国家保密局权责清单：按 2025-01-01 施行的版本");
        Element first = page.select("#power-1 article.entry").first();
        assertThat(first.select("a.target").text()).isEqualTo("2024-02-27 版 第五十二条第二款");
        assertThat(first.select("blockquote.official .law-text").text()).startsWith("保密行政管理部门对保密检查和案件调查处理中");
        assertThat(first.text()).contains("清单的引文与当日施行的条文已不相符。");
        assertThat(get("/lists/point-in-time?date=2025-13-01").statusCode()).isEqualTo(400);
        assertThat(page("/lists/point-in-time?" + YULIN + "&date=2020-01-01").select("#power-1 article.entry").first().text())
                .contains("当日施行的仍是所引的 2010-04-29 版").contains("清单的引文与当日施行的条文一致。");
    }

    @Test
    void shouldLinkTheNewPagesFromTheMenuAndTheHomePage() throws Exception {
        Document home = page("/");

        assertThat(home.select("header nav a[href=/impact]").text()).isEqualTo("影响");
        assertThat(home.select("main a[href=/health]")).isNotEmpty();
    }

    @Test
    void shouldSayWhenTheStoreHoldsNoImpactGraphsYet() throws Exception {
        List<GraphStore.GraphUpdate> removed = graphs.updates(store, List.of()).isEmpty()
                ? List.of("correspondence/保守国家秘密法/2010-04-29/2024-02-27", "health").stream()
                        .map(g -> new GraphStore.GraphUpdate("https://w3id.org/quanze/id/graph/" + g, ModelFactory.createDefaultModel()))
                        .toList()
                : List.of();
        store.apply(removed);
        try {
            HttpResponse<String> impact = get(LAW);
            assertThat(impact.statusCode()).isEqualTo(503);
            assertThat(Jsoup.parse(impact.body()).select("main .notice").text()).contains("还没有这两个版本之间的条文对应");
            Document health = page("/health");
            assertThat(health.select("#not-computed").text()).contains("还没有引用核查结果");
        } finally {
            graphs.refresh(store);
        }
        assertThat(page("/health").select("#not-computed")).isEmpty();
    }
}
