package org.quanze.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.quanze.impact.ImpactGraphs;
import org.quanze.store.GraphStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole server switched to a remote store by settings alone: at start it loads the bundled data into the store
 * through the remote mode and answers every page from it. The same test body runs against each engine (a Fuseki, a
 * Virtuoso), with the figures the embedded store gives for the same pages (PagesTest, ImpactPagesTest, PageTruthTest
 * pin them there).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class RemoteModeServerSuite {

    /**
     * The quads of the product's graphs in the embedded store made of the bundled data (as the server's first start
     * makes it, and its start logs the same figure), counted apart from this suite: by this test's query, with
     * {@code quanze query}, on a store {@code quanze load} made of the bundled data.
     */
    private static final String EMBEDDED_QUADS = "197090";

    /** The totals of /health's coverage table on the embedded store. */
    private static final String[] HEALTH_COVERAGE = {"1913", "1390", "72.7%", "1297", "93", "17", "116", "407"};

    @LocalServerPort
    int port;

    @Autowired
    GraphStore store;

    @Autowired
    ImpactGraphs impactGraphs;

    /** The store's own SPARQL query endpoint, asked directly (not through Quanze). */
    abstract String storeQueryEndpoint();

    /** What the search page says of how it matched the words on this store (no index: a scan; Virtuoso: its index). */
    abstract String searchMatching();

    @Test
    void shouldLoadTheBundledDataIntoTheRemoteStoreAndAnswerFromIt() throws Exception {
        String query = "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?c <http://www.w3.org/2000/01/rdf-schema#label> \"责任事项\"@zh . ?d a ?c }";
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> viaApp = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(onlyValue(viaApp.body())).isEqualTo("959");
        HttpResponse<String> direct = http.send(HttpRequest.newBuilder(URI.create(storeQueryEndpoint() + "?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(onlyValue(direct.body())).isEqualTo("959");
        // The query as the body itself (passed on as a form: Virtuoso 7.2 never answers the body kind).
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .timeout(java.time.Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(query)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(onlyValue(posted.body())).isEqualTo("959");
        HttpResponse<String> update = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql"))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString("DROP ALL")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(update.statusCode()).isEqualTo(415);
    }

    @Test
    void shouldSearchTheRemoteStoreByTheWordsAsWrittenInOneListAndGoToANamedArticle() throws Exception {
        String fire = "https://w3id.org/quanze/id/list/fire-supervision-2025";
        String count = "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { <" + fire + "> <https://w3id.org/quanze/ontology#hasPower> ?p . "
                + "{ ?p <https://w3id.org/quanze/ontology#hasBasis> ?c } UNION { ?p <https://w3id.org/quanze/ontology#hasDuty>/"
                + "<https://w3id.org/quanze/ontology#hasBasis> ?c } UNION { ?p <https://w3id.org/quanze/ontology#hasAccountabilityCase>/"
                + "<https://w3id.org/quanze/ontology#hasBasis> ?c } UNION { ?p <https://w3id.org/quanze/ontology#dutiesBasis>|"
                + "<https://w3id.org/quanze/ontology#casesBasis> ?c } "
                + "?c <https://w3id.org/quanze/ontology#quotedText> ?t FILTER(CONTAINS(?t, \"罚款\")) }";
        HttpClient http = HttpClient.newHttpClient();
        String quoted = onlyValue(http.send(HttpRequest.newBuilder(URI.create(storeQueryEndpoint() + "?query="
                + URLEncoder.encode(count, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString()).body());

        HttpResponse<String> search = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/search?lang=zh&q="
                + URLEncoder.encode("罚款", StandardCharsets.UTF_8) + "&list=" + URLEncoder.encode(fire, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(Integer.parseInt(quoted)).isGreaterThan(30);
        assertThat(search.body()).contains("所引法条原文（" + quoted + "）").contains(searchMatching())
                // No score here: the page does not call the 30 shown the best.
                .contains("只列出前 30 处（共 " + quoted + " 处；先列名称中找到的").doesNotContain("得分最高");

        HttpResponse<String> article = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/search?q="
                + URLEncoder.encode("消防法第五十八条", StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(article.statusCode()).isEqualTo(303);
        assertThat(article.headers().firstValue("Location").orElseThrow()).endsWith("/2021-04-29/article/58");
    }

    /**
     * The pages of the law library answer from the remote store as they do from the embedded store (the same figures as
     * ImpactPagesTest and PagesTest): a power's article with its official text, the
     * texts wanted, and the impact report of 统计法 over the 统计局 list.
     */
    @Test
    void shouldShowTheLibrarysTextsFromTheRemoteStore() throws Exception {
        assertThat(page("/id/list/archives-bureau-2024/power/10?lang=zh").select("#duties-basis .citation").first()
                .select("blockquote.official .law-text").text()).startsWith("行政机关对申请人提出的行政许可申请，应当根据下列情况分别作出处理：");
        assertThat(page("/laws?lang=zh").select("#wanted tbody tr")).hasSize(65);
        Document impact = page("/impact?document=%E7%BB%9F%E8%AE%A1%E6%B3%95&from=2009&to=2024&list="
                + URLEncoder.encode("https://w3id.org/quanze/id/list/statistics-bureau-2025", StandardCharsets.UTF_8));
        assertThat(impact.select("#by-power li.impact-row")).hasSize(10);
        assertThat(impact.select("#total-amended td").first().text()).isEqualTo("8");
        assertThat(impact.select("#total-renumbered td").first().text()).isEqualTo("2");
    }

    /** The share of the citations checked against an official text, as on the embedded store (ImpactPagesTest). */
    @Test
    void shouldShowTheHealthCoverageAsTheEmbeddedStoreDoes() throws Exception {
        assertThat(page("/health?lang=zh").select("#coverage-total td").eachText()).containsExactly(HEALTH_COVERAGE);
    }

    /**
     * Home, the lists, a list, a power, an article and a law's version show what they show on the embedded store: the
     * home page's counts (Virtuoso, whose default graph repeats triples, showed 138 documents for 94 until they were
     * counted DISTINCT), the powers of the Yulin list, its power 1 traced to the official text, and article 45 of the 2010 secrecy law.
     */
    @Test
    void shouldShowTheMainPagesAsTheEmbeddedStoreShowsThem() throws Exception {
        assertThat(page("/?lang=zh").select(".counts strong").eachText())
                .containsExactly("12", "171", "959", "1316", "94", "2395", "1913");
        assertThat(page("/lists?lang=zh").select("main ul.plain > li")).hasSize(12);
        assertThat(page("/id/list/yulin-secrecy-bureau?lang=zh").select("#list-powers tbody tr")).hasSize(6);

        Document power = page("/id/list/yulin-secrecy-bureau/power/1?lang=zh");
        assertThat(power.select("#duties .entry").size() + " duties, " + power.select("#cases .entry").size() + " cases")
                .isEqualTo("4 duties, 5 cases");
        // Duty 3 traced to the official text, case 2 to what only the list quotes.
        assertThat(power.select("#duty-3 blockquote.official, #case-2 blockquote.listonly").eachText())
                .anySatisfy(t -> assertThat(t).contains("应当予以收缴")).anySatisfy(t -> assertThat(t).contains("依法应当回避不回避"));

        String law = "/id/law/" + URLEncoder.encode("保守国家秘密法", StandardCharsets.UTF_8) + "/2010-04-29";
        Document article = page(law + "/article/45?lang=zh");
        assertThat(article.select("#text").text()).contains("应当予以收缴");
        // Power 1's own basis and its duty 3 cite it (as on the impact report below).
        assertThat(article.select("#cited-by ul.citers li")).hasSize(2)
                .allSatisfy(li -> assertThat(li.select("a").eachAttr("href")).anyMatch(h -> h.endsWith("/yulin-secrecy-bureau/power/1")));
        // Its neighbours once each (a version's has_part is in its text's graph and in every list graph citing it).
        assertThat(article.select("nav.neighbours a").eachAttr("rel")).containsExactly("prev", "next");
        assertThat(page(law + "?lang=zh").select("table.articles tr[id^=article-]")).hasSize(53);
    }

    /** The impact of the 2024 secrecy law on the Yulin list, as ImpactPagesTest finds it on the embedded store. */
    @Test
    void shouldReportTheImpactOfTheSecrecyLawAsTheEmbeddedStoreDoes() throws Exception {
        Document impact = page("/impact?document=" + URLEncoder.encode("保守国家秘密法", StandardCharsets.UTF_8) + "&from=2010&to=2024");
        assertThat(impact.select("#total-amended td").first().text()).isEqualTo("5");
        assertThat(impact.select("#total-split td").first().text()).isEqualTo("3");
        assertThat(impact.select("#total-merged td").first().text()).isEqualTo("2");
        assertThat(impact.select("#by-power .impact-row")).hasSize(10);
        Element power1 = impact.select("#by-power article.impact-article").first();
        assertThat(power1.select("strong.change").text()).isEqualTo("合并");
        assertThat(power1.select("a.target").text()).isEqualTo("2024-02-27 版 第五十二条第二款");
    }

    /**
     * Counted through Quanze's /sparql, the quads of the product's graphs (the record of writes left out: the embedded
     * store has none) are those the embedded store holds: the store's own graphs and its repeats do not count.
     */
    /**
     * The impact graphs recomputed in full by reading the remote store (as a server does at start when the findings
     * format is new) are those the load computed from the files it wrote: nothing to change. On Virtuoso the article
     * tallies' zero-or-one path once kept one list's counts in eight.
     */
    @Test
    void shouldRecomputeTheImpactGraphsFromTheRemoteStoreAsTheLoadWroteThem() {
        assertThat(impactGraphs.updates(store, List.of())).extracting(GraphStore.GraphUpdate::graphName).isEmpty();
    }

    @Test
    void shouldCountTheQuadsOfTheProductsGraphsAsTheEmbeddedStoreHoldsThem() throws Exception {
        String query = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"https://w3id.org/quanze/id/graph/\")"
                + " && ?g != <https://w3id.org/quanze/id/graph/generation>) }";
        HttpResponse<String> viaApp = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(onlyValue(viaApp.body())).isEqualTo(EMBEDDED_QUADS);
    }

    /**
     * The one value of a CSV answer of one row and one column, as a store writes it: Fuseki leaves the text bare,
     * Virtuoso quotes it and ends the lines otherwise, which the protocol allows.
     */
    private static String onlyValue(String csv) {
        String[] lines = csv.strip().split("\r?\n");
        assertThat(lines).as("a header and one row: %s", csv).hasSize(2);
        return lines[1].replaceAll("^\"(.*)\"$", "$1");
    }

    Document page(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(r.body());
    }
}
