package org.quanze.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.quanze.Fixtures;
import org.quanze.store.GraphStore;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The changes ahead on the home, list and power pages, on the bundled data, checked against the graph
 * by a query written apart from the pages' own: a citation is flagged when the article it cites is
 * mapped, by a correspondence whose new version enters into force after the day, to anything but
 * itself unchanged. The seed list cites the secrecy law of 2010 and its regulation of 2014, both
 * revised in 2024 (in force 2024-05-01 and 2024-09-01).
 */
class ChangesAheadPageTest extends WebTest {

    private static final String LIST = "https://w3id.org/quanze/id/list/yulin-secrecy-bureau";
    private static final String BEFORE_2024 = "2024-01-01";

    @Autowired
    GraphStore store;

    private Document page(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(r.body());
    }

    /** The citations of the list (of one power, when given) that a version in force after {@code day} changes. */
    private List<Map<String, String>> expected(String day, String power) {
        return Fixtures.select(store, """
                SELECT DISTINCT ?citation ?power ?entry ?type ?date WHERE {
                  <%s> qz:hasPower ?power .
                  ?power (qz:hasDuty|qz:hasAccountabilityCase)? ?entry .
                  ?entry qz:hasBasis|qz:dutiesBasis|qz:casesBasis ?citation .
                  ?citation qz:citesArticle ?article .
                  ?m qz:oldArticle ?article ; a ?type .
                  ?c qz:hasMapping ?m ; qz:toVersion ?next .
                  ?next eli:first_date_entry_in_force ?date .
                  FILTER(?date > "%s"^^xsd:date)
                  FILTER(?type IN (qz:Renumbered, qz:Amended, qz:Split, qz:Merged, qz:Repealed))
                  %s
                }""".formatted(LIST, day, power == null ? "" : "FILTER(?power = <" + power + ">)"));
    }

    /** The citation's anchor on its power's page: …/power/1/duty-basis/3/1 → duty-basis-3-1. */
    private static String anchor(String citation) {
        return citation.replaceFirst(".*/power/[^/]+/", "").replace('/', '-');
    }

    @Test
    void shouldFlagOnThePowerPageEveryCitationThatAComingVersionChangesAndNoOther() throws Exception {
        String power = LIST + "/power/1";
        List<Map<String, String>> expected = expected(BEFORE_2024, power);
        assertThat(expected).as("the seed list's power 1 cites articles the 2024 texts change").isNotEmpty();
        Document page = page("/id/list/yulin-secrecy-bureau/power/1?lang=zh&asOf=" + BEFORE_2024);
        Set<String> flagged = page.select("div.citation:has(p.ahead)").stream().map(Element::id)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(flagged).isEqualTo(expected.stream().map(r -> anchor(r.get("citation")))
                .collect(Collectors.toCollection(TreeSet::new)));
        // Each flag says when, names the document and article, the kind of change, and links the impact report.
        Element first = page.selectFirst("div.citation p.ahead");
        assertThat(first.text()).containsPattern("将于2024-0[59]-01起变化");
        assertThat(first.select("a.ahead-impact").attr("href")).startsWith("/impact?document=")
                .containsPattern("from=20(10|14)-").containsPattern("to=2024-");
        // Citations of texts no coming version changes (the 保密检查工作规定 the list cites, of which no text is held) carry none.
        assertThat(page.select("div.citation").size()).isGreaterThan(flagged.size());
    }

    @Test
    void shouldFlagNothingAsOfADayWhenTheRevisionsWereInForce() throws Exception {
        assertThat(expected("2024-09-01", null)).isEmpty();
        Document page = page("/id/list/yulin-secrecy-bureau/power/1?asOf=2024-09-01");
        assertThat(page.select("p.ahead")).isEmpty();
        assertThat(page.select("#ahead h2")).isEmpty();
        // Between the two: the law's 2024 text is in force, the regulation's not yet.
        List<Map<String, String>> between = expected("2024-06-01", null);
        assertThat(between).isNotEmpty().allSatisfy(r -> assertThat(r.get("date")).isEqualTo("2024-09-01"));
        Document list = page("/id/list/yulin-secrecy-bureau?asOf=2024-06-01");
        assertThat(list.select("#ahead p.ahead").eachText()).allSatisfy(t -> assertThat(t).contains("2024-09-01"));
    }

    @Test
    void shouldCountTheEntriesPerPowerOnTheListPage() throws Exception {
        List<Map<String, String>> expected = expected(BEFORE_2024, null);
        Document page = page("/id/list/yulin-secrecy-bureau?lang=zh&asOf=" + BEFORE_2024);
        Map<String, Long> entriesPerPower = expected.stream().collect(Collectors.groupingBy(
                r -> r.get("power").replaceFirst(".*/power/", ""),
                Collectors.mapping(r -> r.get("entry"), Collectors.collectingAndThen(Collectors.toSet(), s -> (long) s.size()))));
        Map<String, Long> shown = page.select("#ahead tr.ahead-power").stream().collect(Collectors.toMap(
                tr -> tr.child(0).text(), tr -> Long.parseLong(tr.child(2).text())));
        assertThat(shown).isEqualTo(entriesPerPower);
        // The powers link to their pages with the day picked.
        assertThat(page.select("#ahead tr.ahead-power a").first().attr("href")).endsWith("?asOf=" + BEFORE_2024);
    }

    @Test
    void shouldSummariseTheComingChangesOnTheHomePage() throws Exception {
        List<Map<String, String>> expected = expected(BEFORE_2024, null);
        long entries = expected.stream().map(r -> r.get("entry")).distinct().count();
        Document home = page("/?lang=zh&asOf=" + BEFORE_2024);
        String seed = home.select("#ahead li.ahead-list").stream().filter(li -> li.text().contains("玉林市国家保密局"))
                .findFirst().orElseThrow().text();
        assertThat(seed).contains(entries + " 个条目");
        assertThat(home.select("#ahead li.ahead-version").eachText()).anySatisfy(t -> assertThat(t).contains("保守国家秘密法")
                .contains("2024-05-01")).anySatisfy(t -> assertThat(t).contains("保守国家秘密法实施条例").contains("2024-09-01"));
    }

    @Test
    void shouldSayOnTheHomePageThatNoChangeIsKnownWhenNoneIsComing() throws Exception {
        // The newest entry into force of any version held: after it, nothing can be ahead.
        String newest = Fixtures.select(store, "SELECT (MAX(?d) AS ?newest) WHERE { ?v eli:first_date_entry_in_force ?d }")
                .get(0).get("newest");
        Document home = page("/?lang=zh&asOf=" + newest);
        assertThat(home.select("#ahead p.empty").text()).contains("未知有尚未施行");
        assertThat(home.select("#ahead li.ahead-list")).isEmpty();
    }

    @Test
    void shouldAnswer400NamingABadDate() throws Exception {
        HttpResponse<String> r = get("/id/list/yulin-secrecy-bureau/power/1?lang=en&asOf=2024-13-45");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(r.body()).select("main").text()).contains("asOf").contains("2024-13-45").contains("YYYY-MM-DD");
        assertThat(get("/?asOf=yesterday").statusCode()).isEqualTo(400);
    }
}
