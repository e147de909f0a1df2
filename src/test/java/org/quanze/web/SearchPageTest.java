package org.quanze.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quanze.Fixtures;
import org.quanze.ingest.ChineseNumerals;
import org.quanze.store.GraphStore;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Search over HTTP on the bundled data, as legal staff use it: a search naming an article goes to
 * it (or offers its versions, or says the document has no such article); every hit names its list;
 * the texts the lists quote are found, counted as the store counts them; the list filter; snippets
 * on one line. Counts are checked against queries written apart from the page's.
 */
class SearchPageTest extends WebTest {

    private static final String ID = "https://w3id.org/quanze/id/";
    private static final String FIRE = ID + "list/fire-supervision-2025";
    private static final String STATISTICS = ID + "list/statistics-bureau-2025";

    @Autowired
    GraphStore store;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String words, String list, String lang) throws Exception {
        String path = "/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8)
                + (list == null ? "" : "&list=" + URLEncoder.encode(list, StandardCharsets.UTF_8)) + "&lang=" + lang;
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private Document page(String words, String list, String lang) throws Exception {
        HttpResponse<String> r = get(words, list, lang);
        assertThat(r.statusCode()).as(words).isEqualTo(200);
        return Jsoup.parse(r.body());
    }

    private long count(String sparql) {
        return Long.parseLong(Fixtures.value(store, sparql));
    }

    /** The citations of a list (by its powers, their duties and cases) whose own quote holds the words, by substring. */
    private long quotesInList(String list, String words) {
        return count("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { <" + list + "> qz:hasPower ?power . "
                + "{ ?power qz:hasBasis|qz:dutiesBasis|qz:casesBasis ?c } UNION "
                + "{ ?power qz:hasDuty|qz:hasAccountabilityCase ?entry . ?entry qz:hasBasis ?c } "
                + "?c qz:quotedText ?text FILTER(CONTAINS(?text, \"" + words + "\")) }");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            消防法第五十八条                          | law/消防法/2021-04-29/article/58 |
            《中华人民共和国消防法》第五十八条           | law/消防法/2021-04-29/article/58 |
            行政处罚法 第55条                         | law/行政处罚法/2021-01-22/article/55 |
            中华人民共和国行政处罚法第５５条第一款        | law/行政处罚法/2021-01-22/article/55 | paragraph-1
            中华人民共和国保守国家秘密法实施条例第五十条第二款 | law/保守国家秘密法实施条例/2024-07-10/article/50 | paragraph-2
            """)
    void shouldGoStraightToTheOneArticleASearchNames(String words, String article, String paragraph) throws Exception {
        // Independently: the document holds that article in exactly one version.
        String document = article.substring(0, article.indexOf('/', 4));
        String number = article.substring(article.lastIndexOf('/') + 1);
        assertThat(count("SELECT (COUNT(?a) AS ?n) WHERE { <" + ID + document + "> eli:is_realized_by/eli:has_part ?a . "
                + "?a a qz:Article ; qz:articleNumber " + number + " }")).isEqualTo(1);

        HttpResponse<String> r = get(words, null, "zh");

        assertThat(r.statusCode()).as(words).isEqualTo(303);
        String location = r.headers().firstValue("Location").orElseThrow();
        assertThat(URLDecoder.decode(URI.create(location).getRawPath(), StandardCharsets.UTF_8)).isEqualTo("/id/" + article);
        // To the paragraph named, when the article's text is held (the lists' own articles have no paragraphs).
        assertThat(URI.create(location).getFragment()).isEqualTo(paragraph);
        Document target = Jsoup.parse(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port).resolve(location)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertThat(target.select("h1").text()).contains("第" + ChineseNumerals.format(Integer.parseInt(number)) + "条");
        if (paragraph != null) {
            assertThat(target.getElementById(paragraph)).isNotNull();
        }
    }

    @Test
    void shouldOfferTheVersionsHoldingTheArticleNewestFirstMarkingTheOneTheListsCite() throws Exception {
        Document page = page("保守国家秘密法第四十五条第一款", null, "zh");

        List<Element> versions = page.select("#named-article .named-versions li");
        assertThat(versions).hasSize((int) count("SELECT (COUNT(?a) AS ?n) WHERE { <" + ID + "law/保守国家秘密法> "
                + "eli:is_realized_by/eli:has_part ?a . ?a a qz:Article ; qz:articleNumber 45 }")).hasSize(2);
        assertThat(versions.get(0).select("a").text()).contains("第四十五条").contains("2024-02-27");
        assertThat(versions.get(1).select("a").text()).contains("第四十五条").contains("2010-04-29");
        assertThat(versions.get(0).select(".cited")).isEmpty();
        assertThat(versions.get(1).select(".cited").text()).contains(Long.toString(count("SELECT (COUNT(?c) AS ?n) WHERE { "
                + "?c qz:citesArticle <" + ID + "law/保守国家秘密法/2010-04-29/article/45> }")));
        assertThat(versions).allSatisfy(v -> assertThat(URLDecoder.decode(v.select("a").attr("href"), StandardCharsets.UTF_8))
                .matches("/id/law/保守国家秘密法/20[0-9-]+/article/45#paragraph-1"));
        assertThat(page.select("#search-summary")).as("the ordinary results follow").hasSize(1);
    }

    @Test
    void shouldSayWhenTheDocumentHasNoSuchArticle() throws Exception {
        Document page = page("消防法第九百条", null, "zh");

        assertThat(page.select("#named-missing").text()).contains("《消防法》").contains("第九百条");
        assertThat(URLDecoder.decode(page.select("#named-missing a").attr("href"), StandardCharsets.UTF_8)).isEqualTo("/id/law/消防法");
        assertThat(page("没有这部法第一条", null, "zh").select("#named-article")).as("an unknown document: only the results").isEmpty();
        assertThat(page("消防法第九百条", null, "en").select("#named-missing").text()).contains("No version of 消防法").contains("Art. 900");
    }

    @Test
    void shouldFindTheFireListsQuotedFinesInThatListNamingIt() throws Exception {
        long quoted = quotesInList(FIRE, "罚款");
        assertThat(quoted).as("the fire list quotes fines").isGreaterThan(30);
        String title = Fixtures.value(store, "SELECT ?t WHERE { <" + FIRE + "> rdfs:label ?t }");

        Document page = page("罚款", FIRE, "zh");

        assertThat(page.select("#kind-Citation h2").text()).isEqualTo("所引法条原文（" + quoted + "）");
        assertThat(page.select("#search-summary").text()).contains(title);
        List<Element> hits = page.select("section:not(#kind-Article) .result");
        assertThat(page.select("#kind-Citation .result")).as("the best 30 shown").hasSize(30);
        assertThat(page.select("#kind-Citation p.muted").text()).isEqualTo("只列出得分最高的 30 处（共 " + quoted + " 处）；请用更具体的词缩小范围。");
        assertThat(hits).allSatisfy(h -> {
            assertThat(h.select(".place a.list").text()).isEqualTo(title);
            assertThat(h.select(".place a.list").attr("href")).isEqualTo("/id/list/fire-supervision-2025");
        });
        assertThat(page.select("#kind-Citation .result mark").eachText()).containsOnly("罚款");
        assertThat(page.select("#search-list option[selected]").attr("value")).isEqualTo(FIRE);

        // A quoted text leads to its citation on its power's page.
        String href = page.select("#kind-Citation .result .title a").first().attr("href");
        assertThat(href).matches("/id/list/fire-supervision-2025/power/\\d+#[a-z-]+basis-\\d+-\\d+");
        Document power = Jsoup.parse(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + href)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        Element citation = power.getElementById(href.substring(href.indexOf('#') + 1));
        assertThat(citation).as(href).isNotNull();
        assertThat(citation.text()).contains("罚款");

        Document english = page("罚款", FIRE, "en");
        assertThat(english.select("#kind-Citation h2").text()).isEqualTo("Quoted law texts (" + quoted + ")");
        // The summary counts every hit in the list: the quoted texts and the articles of the law texts it cites.
        long found = english.select("section[id^=kind-] h2").eachText().stream()
                .mapToLong(h -> Long.parseLong(h.replaceAll(".*\\((\\d+)\\)$", "$1"))).sum();
        assertThat(found).isGreaterThanOrEqualTo(quoted);
        assertThat(english.select("#search-summary").text()).contains("in " + title).contains(found + " found");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"罚款 AND", "\"罚款", "罚款 NOT", "罚款 OR", "(罚款", "罚款 [TO", "罚款 && ||", "罚款~ ^"})
    void shouldSearchWordsThatAreBrokenLuceneSyntaxAsWritten(String words) throws Exception {
        long all = count("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a qz:Citation ; qz:quotedText ?t FILTER(CONTAINS(?t, \"罚款\")) }");

        // Read as words, never a 500: the quoted fines found as for 罚款 alone (the other words add little or nothing).
        Document page = page(words, null, "zh");
        String heading = page.select("#kind-Citation h2").text();
        assertThat(heading).as(words).startsWith("所引法条原文（");
        assertThat(Long.parseLong(heading.replaceAll("\\D", ""))).as(words).isGreaterThanOrEqualTo(all);
    }

    @Test
    void shouldCountTheQuotedTextsOfEveryListAsTheStoreDoes() throws Exception {
        long all = count("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a qz:Citation ; qz:quotedText ?t FILTER(CONTAINS(?t, \"罚款\")) }");

        assertThat(page("罚款", null, "zh").select("#kind-Citation h2").text()).isEqualTo("所引法条原文（" + all + "）");
        assertThat(page("罚款", ID + "list/no-such-list", "zh").select(".result")).isEmpty();
    }

    @Test
    void shouldNameTheListAndPowerOfEveryHitInAList() throws Exception {
        Document page = page("罚款", null, "zh");
        Map<String, String> listTitles = Fixtures.select(store, "SELECT ?l ?t WHERE { ?l a qz:PowerList ; rdfs:label ?t }").stream()
                .collect(Collectors.toMap(r -> "/id/list/" + r.get("l").substring((ID + "list/").length()), r -> r.get("t")));

        List<Element> inLists = page.select("section:not(#kind-Article) .result");
        assertThat(inLists).hasSizeGreaterThan(30).allSatisfy(h -> {
            String power = h.select(".place a.power").attr("href");
            String list = h.select(".place a.list").attr("href");
            assertThat(power).startsWith(list + "/power/");
            assertThat(h.select(".place a.list").text()).isEqualTo(listTitles.get(list));
            assertThat(h.select(".place a.power").text()).matches("权力事项 \\d+.*");
        });
        assertThat(page.select("#kind-Article .result .title a").eachText())
                .isNotEmpty().allSatisfy(t -> assertThat(t).matches("《.+》第.+条（.+）"));
    }

    /**
     * Each article found says how many times it is cited, counted as the store counts them (a query written apart
     * from the page's, where the page reads the counts kept at load); it lists the entries citing it where the
     * citations are few, and sends to its own page where they are many.
     */
    @Test
    void shouldCountTheCitationsOfEachArticleFoundAndListTheEntriesWhereFew() throws Exception {
        List<Element> articles = page("罚款", null, "zh").select("#kind-Article .result");
        int listed = 0;
        int many = 0;
        for (Element hit : articles) {
            String link = hit.select(".title a").attr("href");
            String article = ID + URLDecoder.decode(link.substring("/id/".length()), StandardCharsets.UTF_8);
            String backing = "{ ?entry a qz:Power ; qz:hasBasis ?c } UNION { ?entry qz:dutiesBasis ?c } UNION { ?entry qz:casesBasis ?c } "
                    + "UNION { ?power qz:hasDuty ?entry . ?entry qz:hasBasis ?c } UNION { ?power qz:hasAccountabilityCase ?entry . "
                    + "?entry qz:hasBasis ?c }";
            long citations = count("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c qz:citesArticle <" + article + "> . " + backing + " }");
            long entries = count("SELECT (COUNT(DISTINCT ?entry) AS ?n) WHERE { ?c qz:citesArticle <" + article + "> . " + backing + " }");
            Element citers = hit.selectFirst(".citers");
            if (citations == 0) {
                assertThat(citers).as(link).isNull();
            } else if (citations <= 10) {
                listed++;
                assertThat(citers.select("p.muted").text()).as(link).isEqualTo("依据本条的事项（" + entries + "）：");
                assertThat(citers.select("li")).as(link).hasSize((int) entries);
            } else {
                many++;
                assertThat(citers.select("li")).as(link).isEmpty();
                assertThat(citers.select("a").text()).as(link).isEqualTo("本条被引用 " + String.format("%,d", citations) + " 处：见本条页面 ›");
                assertThat(citers.select("a").attr("href")).isEqualTo(link);
            }
        }
        assertThat(listed).as("articles cited a few times").isPositive();
        assertThat(many).as("articles cited many times").isPositive();
    }

    @Test
    void shouldShowTheCellsLineBreaksAsOneSpaceInSnippets() throws Exception {
        // Independently: the statistics list's cases that hold the word, written over several lines.
        List<String> multiLine = Fixtures.select(store, "SELECT ?case ?text WHERE { <" + STATISTICS + "> qz:hasPower/qz:hasAccountabilityCase ?case . "
                + "?case qz:text ?text FILTER(CONTAINS(?text, \"罚款\") && REGEX(?text, \"\\\\n\")) }").stream()
                .map(r -> r.get("case").substring(ID.length() - 1)).toList();
        assertThat(multiLine).isNotEmpty();

        Document page = page("罚款", STATISTICS, "zh");

        for (String path : multiLine) {
            Element hit = page.select("#kind-AccountabilityCase .result:has(.title a[href=\"/id" + path + "\"])").first();
            assertThat(hit).as(path).isNotNull();
            String snippet = hit.selectFirst(".snippet").wholeText();
            assertThat(snippet).doesNotContain("\n").doesNotContain("  ").contains("罚款");
            assertThat(hit.select(".snippet mark").eachText()).contains("罚款");
        }
    }

    @Test
    void shouldOfferEveryLoadedListAsAFilter() throws Exception {
        long lists = count("SELECT (COUNT(DISTINCT ?l) AS ?n) WHERE { ?l a qz:PowerList ; qz:hasPower ?p }");

        Document page = page("", null, "zh");

        assertThat(page.select("#search-list option")).hasSize((int) lists + 1);
        assertThat(page.select("#search-list option").first().attr("value")).isEmpty();
    }
}
