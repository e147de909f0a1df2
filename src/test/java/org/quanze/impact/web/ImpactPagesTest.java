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
        List<Element> rows = page.select("#by-power article.impact-row");
        assertThat(page.select("#by-list")).as("one list cites the law: no table per list").isEmpty();
        assertThat(page.select("#by-power-partial")).as("its rows are all shown").isEmpty();
        assertThat(rows).hasSize(10);
        Element power1 = rows.get(0);
        assertThat(power1.select("a.art").text()).contains("第四十五条");
        assertThat(power1.select("strong.change").text()).isEqualTo("合并");
        assertThat(power1.select("a.target").text()).isEqualTo("2024-02-27 版 第五十二条第二款");
        assertThat(power1.select(".diff-new ins").eachText()).contains("和案件调查处理");
        assertThat(power1.select(".diff-old del")).isEmpty();
        assertThat(rows.get(6).select("a.art").text()).contains("第二十八条");
        assertThat(rows.get(6).select("a.target").text()).contains("第三十四条");
        assertThat(rows.get(6).select(".diff-old del").eachText()).contains("、检察机关");
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

        assertThat(page.select("#summary h2").text()).isEqualTo("《保守国家秘密法》2010-04-29 → 2024-02-27");
        assertThat(page.select("select[name=from] option[selected]").attr("value")).isEqualTo("2010-04-29");
    }

    @Test
    void shouldSpeakEnglishOnRequest() throws Exception {
        Document page = page(LAW + "&lang=en");

        assertThat(page.select("h1").text()).isEqualTo("Amendment impact");
        assertThat(page.select("#by-power strong.change").first().text()).isEqualTo("merged");
        assertThat(page.select("#by-power a.target").first().text()).isEqualTo("2024-02-27: Art. 52, para. 2");
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
        List<Map<String, String>> rows = Csv.rows(csv.body());
        assertThat(rows).hasSize(17);
        assertThat(rows).filteredOn(r -> r.get("oldArticle").equals("36")).allSatisfy(r ->
                assertThat(r).containsEntry("change", "amended").containsEntry("newArticles", "62"));
        JsonNode law = new ObjectMapper().readTree(json.body());
        assertThat(law).hasSize(10);
        assertThat(law.get(0).get("newArticles").get(0).asInt()).isEqualTo(52);
        Document page = page(LAW);
        assertThat(page.select("#download-csv").attr("href")).startsWith("/impact.csv?document=");
    }

    @Test
    void shouldReportEachFindingWithItsCellAndTheDiffOfAMisquote() throws Exception {
        Document page = page("/health?" + YULIN);

        assertThat(page.select("#count-misquote td").first().text()).isEqualTo("4");
        assertThat(page.select("#count-chapter-mismatch td").first().text()).isEqualTo("2");
        assertThat(page.select("#count-level-mismatch td").first().text()).isEqualTo("5");
        assertThat(page.select("#count-minor-misquote td").first().text()).isEqualTo("1");
        assertThat(page.select("#count-unverifiable td").first().text()).isEqualTo("40");
        assertThat(page.select("#findings article.finding")).hasSize(12);
        Element misquote = page.select("#findings article.finding").first();
        assertThat(misquote.select("h3").text()).isEqualTo("引文有误 yulin-secrecy-bureau.txt 第 3 行第 9 列");
        assertThat(misquote.select(".diff-old del").eachText()).containsExactly("者");
        assertThat(page.select("#findings article.finding h3")).extracting(Element::text)
                .contains("章号不符 yulin-secrecy-bureau.txt 第 8 行第 7 列");
        assertThat(page.select("#unverifiable p.notice").text()).contains("没有官方文本");
        assertThat(page.select("#unverifiable tbody tr")).hasSize(40);
        assertThat(page.select("#unverifiable-partial")).isEmpty();
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
     * law library gives it (counted by SPARQL over the store: citations whose qz:citesVersion has official text).
     */
    @Test
    void shouldShowTheShareOfCitationsCheckedAgainstAnOfficialTextPerList() throws Exception {
        Document page = page("/health");
        assertThat(page.select("#coverage tbody tr")).extracting(tr -> tr.select("td").eachText().toString())
                .containsExactly("[14, 12, 85.7%, 0, 0, 2]", "[154, 29, 18.8%, 17, 114, 11]", "[149, 43, 28.9%, 0, 0, 106]",
                        "[58, 37, 63.8%, 0, 0, 21]", "[1050, 947, 90.2%, 0, 0, 103]", "[74, 27, 36.5%, 0, 0, 47]");
        assertThat(page.select("#coverage-total td").eachText()).containsExactly("1499", "1095", "73.0%", "17", "114", "290");
        Document list = page("/id/list/statistics-bureau-2025");
        assertThat(list.select("#coverage tbody tr td").eachText()).containsExactly("14", "12", "85.7%", "0", "0", "2");
    }

    /**
     * Over all six lists, 283 citations cannot be checked (their documents have no text in the law library;
     * counted by SPARQL over the store): the page lists 200 of them and says so.
     */
    @Test
    void shouldListOnlyTheFirstCitationsThatCannotBeCheckedOverAllLists() throws Exception {
        Document page = page("/health");
        assertThat(page.select("#count-unverifiable td").first().text()).isEqualTo("283");
        assertThat(page.select("#unverifiable h2").text()).isEqualTo("无法核对的引用（283）");
        assertThat(page.select("#unverifiable tbody tr")).hasSize(200);
        assertThat(page.select("#unverifiable-partial").text()).isEqualTo("列出前 200 条（共 283 条）；全部引用见 CSV 下载，也可按清单筛选。");
        assertThat(Csv.rows(get("/health.csv?kind=unverifiable").body())).hasSize(283);
    }

    @Test
    void shouldOfferTheFindingsAsCsvAndJsonThatParse() throws Exception {
        List<Map<String, String>> rows = Csv.rows(get("/health.csv?" + YULIN).body());
        JsonNode misquotes = new ObjectMapper().readTree(get("/health.json?kind=misquote&" + YULIN).body());

        assertThat(rows).hasSize(52);
        assertThat(rows).filteredOn(r -> r.get("kind").equals("chapter-mismatch"))
                .extracting(r -> r.get("row") + "," + r.get("column") + "," + r.get("citedText"))
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
