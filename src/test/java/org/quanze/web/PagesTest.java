package org.quanze.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.quanze.Fixtures;
import org.quanze.store.GraphStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pages and the linked-data IRIs over HTTP, on the bundled data. */
class PagesTest extends WebTest {

    @Autowired
    GraphStore store;

    private static final String POWER_1 = "/id/list/yulin-secrecy-bureau/power/1";
    private static final String POWER_1_IRI = "https://w3id.org/quanze/id/list/yulin-secrecy-bureau/power/1";
    private static final String ARTICLE_45 = "/id/law/%E4%BF%9D%E5%AE%88%E5%9B%BD%E5%AE%B6%E7%A7%98%E5%AF%86%E6%B3%95/2010-04-29/article/45";


    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private Document page(String path) throws Exception {
        HttpResponse<String> r = get(path, "text/html");
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(r.body());
    }

    @Test
    void shouldShowWhatTheDatasetHoldsOnTheHomePage() throws Exception {
        Document home = page("/?lang=zh");
        // The bundled data: the Yulin list, the seven Karamay list files (the defense file a list per sheet, 5) and
        // the 33 law texts the law library gives them; counted by SPARQL apart from the page's query (each kind's
        // distinct resources over all graphs).
        assertThat(home.select(".counts strong").eachText()).containsExactly("12", "171", "959", "1316", "94", "2395", "1913");
        assertThat(home.select("form.search input[name=q]")).hasSize(1);
        assertThat(home.select("a[href^=/id/list/]").eachText()).contains("玉林市国家保密局权责清单");
    }

    @Test
    void shouldFilterAndSortThePowers() throws Exception {
        Document all = page("/powers?lang=zh");
        assertThat(all.select("table.data tbody tr")).hasSize(50);
        assertThat(all.select("p.muted").text()).contains("共 171 项");
        assertThat(all.select(".pager").text()).contains("第 1 页，共 4 页");
        String yulin = "list=https://w3id.org/quanze/id/list/yulin-secrecy-bureau";
        assertThat(page("/powers?" + yulin).select("table.data tbody tr")).hasSize(6);
        Document inspection = page("/powers?" + yulin + "&category=https://w3id.org/quanze/category/inspection");
        assertThat(inspection.select("table.data tbody tr td:nth-child(2)").eachText())
                .containsExactly("对保密工作的监督检查", "对泄密案件的调查处理");
        Document byDuties = page("/powers?" + yulin + "&sort=duties&dir=desc");
        assertThat(byDuties.select("table.data tbody tr td:nth-child(5)").eachText()).containsExactly("7", "5", "5", "5", "4", "4");
        Document unit = page("/powers?unit=https://w3id.org/quanze/id/org/%E7%8E%89%E6%9E%97%E5%B8%82%E5%9B%BD%E5%AE%B6%E4%BF%9D%E5%AF%86%E5%B1%80/%E4%BF%9D%E5%AF%86%E4%B8%9A%E5%8A%A1%E7%A7%91");
        assertThat(unit.select("table.data tbody tr td:first-child").eachText()).containsExactly("4", "5", "6");
        assertThat(page("/powers?category=not%20an%20iri").select("table.data tbody tr")).isEmpty();
    }

    @Test
    void shouldShowAPowerWithEachDutyTracedToItsArticleText() throws Exception {
        Document power = page(POWER_1 + "?lang=zh");
        assertThat(power.select("h1").text()).contains("对非法获取、持有国家秘密载体的行政强制");
        assertThat(power.select("#duties .entry")).hasSize(4);
        assertThat(power.select("#cases .entry")).hasSize(5);
        assertThat(power.select("#duty-3 h3").text()).contains("收缴责任");
        assertThat(power.select("#duty-3 .meta a").text()).isEqualTo("保密技术检查科");
        assertThat(power.select("#duty-3 blockquote.official").text()).contains("应当予以收缴");
        assertThat(power.select("#duty-4 .empty").text()).isNotBlank();
        assertThat(power.select("#case-2 .citation")).hasSize(1);
        assertThat(power.select("#case-2 blockquote.listonly").text()).contains("依法应当回避不回避");
        assertThat(power.select("#exemption p").text()).contains("免责情形");
        assertThat(power.select("#cells table.cells tbody tr")).hasSize(13);
    }

    /** The Karamay lists give one basis for all the duties of a power (责任事项依据): shown once, above the duties. */
    @Test
    void shouldShowTheBasisGivenForAllTheDutiesOfAPower() throws Exception {
        Document power = page("/id/list/archives-bureau-2024/power/10?lang=zh");
        assertThat(power.select("#duties-basis h3").text()).isEqualTo("全部责任事项的依据");
        assertThat(power.select("#duties-basis .citation")).hasSize(5);
        assertThat(power.select("#duties-basis .citation .art").eachText()).contains("第三十二条", "第三十四条");
        assertThat(power.select("#duties article.entry .empty")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.text()).startsWith("依据见上方“全部责任事项的依据”"));
        assertThat(power.select("#basis .citation")).hasSize(2);
        // The list dates 行政许可法 2019年4月24日, the library's text is of 2019-04-23: shown, saying why.
        org.jsoup.nodes.Element first = power.select("#duties-basis .citation").first();
        assertThat(first.select("blockquote.official .law-text").text())
                .startsWith("行政机关对申请人提出的行政许可申请，应当根据下列情况分别作出处理：");
        assertThat(first.select(".version-match").text()).contains("2019-04-23").contains("相差数日");
    }

    /**
     * The laws page lists the 65 documents the lists cite of which no text is held (counted by SPARQL: cited documents
     * with no version of official text), the most cited first, with the library's closest titles and how to add one.
     */
    @Test
    void shouldListTheTextsWantedWithTheClosestTitlesOfTheLibrary() throws Exception {
        Document laws = page("/laws?lang=zh");
        assertThat(laws.select("#wanted tbody tr")).hasSize(65);
        assertThat(laws.select("#wanted tbody tr").first().select("td").eachText())
                .containsExactly("新疆维吾尔自治区消防条例", "33", "1", "无相近标题：法规库中没有此文件");
        assertThat(laws.select("#wanted tbody tr").stream().filter(tr -> tr.text().startsWith("实施《中华人民共和国社会保险法》若干规定"))
                .findFirst().orElseThrow().select("td").last().text()).startsWith("中华人民共和国社会保险法");
        assertThat(laws.select("#wanted .notice").text()).contains("data/laws").contains("quanze load");
    }

    /**
     * fire-supervision-2025.xlsx power 45 cites 社会消防技术服务管理规定 第二十七条第一款第（一）项 by number only, a rule the
     * library lacks: no text at all to show (the one such citation of the fire list, by SPARQL: no quote, no 同N,
     * no version of official text).
     */
    @Test
    void shouldSayWhenThereIsNoTextAtAllForACitation() throws Exception {
        Document power = page("/id/list/fire-supervision-2025/power/45?lang=zh");
        assertThat(power.select(".citation p.listonly").eachText()).as("the list gives only the article number")
                .contains("无官方文本，清单也只写了条号，未引条文。");
    }

    @Test
    void shouldShowAnArticleWithWhatCitesItByRole() throws Exception {
        Document article = page(ARTICLE_45 + "?lang=zh");
        assertThat(article.select("h1").text()).contains("第四十五条");
        assertThat(article.select("#text").text()).contains("保密行政管理部门对保密检查中发现的非法获取、持有的国家秘密载体，应当予以收缴。");
        assertThat(article.select("#power-basis h3").text()).isEqualTo("作为权力的实施依据（1）");
        assertThat(article.select("#duty-basis h3").text()).isEqualTo("作为责任事项的依据（1）");
        assertThat(article.select("#case-basis h3").text()).isEqualTo("作为追责情形的依据（0）");
        assertThat(article.select("#cited-by .summary").text()).isEqualTo("共 2 处引用，来自 1 个清单。");
        assertThat(article.select("#cited-by-list tbody tr")).hasSize(1);
        assertThat(article.select("#cited-by-list tbody td").eachText()).containsExactly("玉林市国家保密局权责清单", "1", "1", "0");
        assertThat(article.select("#duty-basis li a.list").text()).isEqualTo("玉林市国家保密局权责清单");
        assertThat(article.select("#cited-by-partial")).isEmpty();
        assertThat(article.select(".neighbours a").eachText()).containsExactly("‹ 上一条：第四十四条", "下一条：第四十六条 ›");
        assertThat(article.select(".facts").text()).contains("2010-10-01").contains("2024-05-01");
    }

    @Test
    void shouldLinkTheFirstAndLastArticlesOfAVersionToTheirOneNeighbour() throws Exception {
        String version = ARTICLE_45.substring(0, ARTICLE_45.lastIndexOf("/article/"));
        // Independently: the highest article number of the version's text.
        String last = Fixtures.value(store, "SELECT (MAX(?n) AS ?m) WHERE { <https://w3id.org/quanze/id/law/保守国家秘密法/2010-04-29> "
                + "<http://data.europa.eu/eli/ontology#has_part> ?a . ?a a qz:Article ; qz:articleNumber ?n }");
        assertThat(last).isEqualTo("53");

        assertThat(page(version + "/article/1?lang=zh").select(".neighbours a").eachText()).containsExactly("下一条：第二条 ›");
        assertThat(page(version + "/article/53?lang=zh").select(".neighbours a").eachText()).containsExactly("‹ 上一条：第五十二条");
    }

    @ParameterizedTest
    @CsvSource({"text/turtle,TURTLE", "application/ld+json,JSONLD", "application/n-triples,NTRIPLES", "application/rdf+xml,RDFXML"})
    void shouldAnswerEveryRdfFormatAtTheSameIri(String accept, String lang) throws Exception {
        HttpResponse<String> r = get(POWER_1, accept);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(accept));
        assertThat(r.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).contains("Accept"));
        assertThat(r.headers().allValues("Link")).hasSize(4).anySatisfy(l -> assertThat(l).contains("rel=\"alternate\"")
                .contains("type=\"text/turtle\""));
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), switch (lang) {
                    case "JSONLD" -> Lang.JSONLD;
                    case "NTRIPLES" -> Lang.NTRIPLES;
                    case "RDFXML" -> Lang.RDFXML;
                    default -> Lang.TURTLE;
                });
        assertThat(m.contains(m.createResource(POWER_1_IRI), m.createProperty("https://w3id.org/quanze/ontology#name"),
                m.createLiteral("对非法获取、持有国家秘密载体的行政强制", "zh"))).isTrue();
        assertThat(m.listObjectsOfProperty(m.createResource(POWER_1_IRI), m.createProperty("https://w3id.org/quanze/ontology#hasDuty")).toList()).hasSize(4);
    }

    @Test
    void shouldOfferAPermalinkPerFormatAndRefuseWhatItCannotSend() throws Exception {
        HttpResponse<String> permalink = get(POWER_1 + "?format=turtle", "text/html");
        assertThat(permalink.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/turtle"));
        assertThat(get(POWER_1, "image/png").statusCode()).isEqualTo(406);
        assertThat(get(POWER_1 + "?format=pdf", null).statusCode()).isEqualTo(406);
    }

    @Test
    void shouldEmbedTheDescriptionAsJsonLdInThePage() throws Exception {
        Document power = page(POWER_1);
        String json = power.select("script[type=application/ld+json]").first().data();
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new ByteArrayInputStream(json.replace("<\\/", "</").getBytes(StandardCharsets.UTF_8)), Lang.JSONLD);
        assertThat(m.listObjectsOfProperty(m.createResource(POWER_1_IRI), m.createProperty("https://w3id.org/quanze/ontology#hasDuty")).toList()).hasSize(4);
        assertThat(power.select("link[rel=alternate]")).hasSize(4);
    }

    @Test
    void shouldEmbedWhatIsSaidOfAnArticleNotEveryCitationOfIt() throws Exception {
        String json = page(ARTICLE_45).select("script[type=application/ld+json]").first().data();
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new ByteArrayInputStream(json.replace("<\\/", "</").getBytes(StandardCharsets.UTF_8)), Lang.JSONLD);
        String article = "https://w3id.org/quanze/id/law/保守国家秘密法/2010-04-29/article/45";
        assertThat(m.listObjectsOfProperty(m.createResource(article), m.createProperty("https://w3id.org/quanze/ontology#articleNumber"))
                .toList()).extracting(n -> n.asLiteral().getInt()).containsExactly(45);
        assertThat(m.listSubjects().toList()).extracting(r -> r.getURI()).containsOnly(article);
        // The citations are in the full description, as RDF.
        assertThat(get(ARTICLE_45, "text/turtle").body()).contains("citesArticle");
    }

    @Test
    void shouldRedirectAPartToItsPlaceOnThePageOfItsPower() throws Exception {
        HttpResponse<String> duty = get(POWER_1 + "/duty/3", "text/html");
        assertThat(duty.statusCode()).isEqualTo(303);
        assertThat(duty.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(POWER_1 + "#duty-3"));
        HttpResponse<String> dutyRdf = get(POWER_1 + "/duty/3", "text/turtle");
        assertThat(dutyRdf.statusCode()).isEqualTo(200);
        assertThat(dutyRdf.body()).contains("收缴责任");
    }

    @Test
    void shouldAnswerUnknownIrisAndPagesWithARealNotFoundPage() throws Exception {
        HttpResponse<String> unknown = get("/id/list/nowhere/power/9", "text/html");
        assertThat(unknown.statusCode()).isEqualTo(404);
        Document page = Jsoup.parse(unknown.body());
        assertThat(page.select("h1").text()).isEqualTo("找不到该资源");
        assertThat(page.select("code.iri").text()).isEqualTo("https://w3id.org/quanze/id/list/nowhere/power/9");
        assertThat(get("/id/list/nowhere/power/9", "text/turtle").statusCode()).isEqualTo(404);
        HttpResponse<String> noPage = get("/no/such/page", "text/html");
        assertThat(noPage.statusCode()).isEqualTo(404);
        assertThat(noPage.body()).contains("找不到该资源").doesNotContain("Whitelabel");
    }

    @Test
    void shouldFindConfiscationWithTheArticleAndWhatRestsOnIt() throws Exception {
        Document search = page("/search?q=%E6%94%B6%E7%BC%B4&lang=zh");
        // 收缴 is in 15 articles of the texts loaded: 第四十五条 of the law of 2010, its successors in the three other
        // secrecy texts, 第六十七 to 七十一, 七十七 to 七十九条 of 行政处罚法, and 第四、十三、二十五条 of
        // 财政违法行为处罚处分条例 (counted in the Markdown files).
        assertThat(search.select("#kind-Article .result")).hasSize(15);
        assertThat(search.select("#kind-Article .result .title a").eachText()).contains("《行政处罚法》第六十八条（2021-01-22）");
        assertThat(search.select("#kind-Article mark").eachText()).containsOnly("收缴");
        assertThat(search.select("#kind-Article .result").text()).contains("第四十五条").contains("权力事项 1 › 3. 收缴责任");
        assertThat(search.select("#kind-Duty .result .title a").eachText()).contains("3. 收缴责任");
    }

    @Test
    void shouldShowEveryTermOfTheVocabulary() throws Exception {
        Document vocabulary = page("/vocabulary?lang=zh");
        assertThat(vocabulary.select("#classes .vocab-term")).hasSizeGreaterThanOrEqualTo(17);
        assertThat(vocabulary.select("#Duty h3").text()).contains("qz:Duty").contains("责任事项").contains("duty");
        assertThat(vocabulary.select("#Duty a[href^=/query]").attr("href")).contains("q=");
    }

    @Test
    void shouldOfferTheNamedQueriesOnTheQueryPage() throws Exception {
        Document query = page("/query?name=duty-articles&duty=https://w3id.org/quanze/id/list/yulin-secrecy-bureau/power/3/duty/2");
        assertThat(query.select("#named-queries a").size()).isGreaterThanOrEqualTo(10);
        assertThat(query.select("#sparql").text()).contains("VALUES ?duty").contains("power/3/duty/2");
    }
}
