package org.quanze.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.quanze.Fixtures;
import org.quanze.store.GraphStore;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every page tells the truth: for every power, organisation, list, article and graph view of the
 * bundled data, the counts and the linked things the page shows equal what an independent query of
 * the store gives. The queries here are written apart from the pages' own (a join on an unbound
 * variable once showed 5,000 powers for a bureau with 6), straight from the vocabulary, and the
 * pages are read as a browser gets them.
 */
class PageTruthTest extends WebTest {

    private static final String BASE = "https://w3id.org/quanze/id/";

    @Autowired
    GraphStore store;

    private final ObjectMapper json = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> shouldShowEachPowerAsTheGraphHoldsIt() {
        return each("SELECT ?x WHERE { ?list qz:hasPower ?x } ORDER BY ?x", this::checkPower);
    }

    @TestFactory
    Stream<DynamicTest> shouldShowEachOrganisationsWorkAsTheGraphHoldsIt() {
        return each("SELECT DISTINCT ?x WHERE { ?x a qz:Organization } ORDER BY ?x", this::checkOrganization);
    }

    @TestFactory
    Stream<DynamicTest> shouldShowEachListsPowersAsTheGraphHoldsThem() {
        return each("SELECT ?x WHERE { ?x a qz:PowerList } ORDER BY ?x", this::checkList);
    }

    @TestFactory
    Stream<DynamicTest> shouldShowWhatCitesEachArticleAsTheGraphHoldsIt() {
        return each("SELECT ?x WHERE { ?x a qz:Article } ORDER BY ?x", this::checkArticle);
    }

    @TestFactory
    Stream<DynamicTest> shouldDrawEachPowersGraphAsTheGraphHoldsIt() {
        return each("SELECT ?x WHERE { ?list qz:hasPower ?x } ORDER BY ?x", this::checkPowerGraph);
    }

    @TestFactory
    Stream<DynamicTest> shouldDrawEachCitedArticlesGraphAsTheGraphHoldsIt() {
        return each("SELECT DISTINCT ?x WHERE { ?c qz:citesArticle ?x } ORDER BY ?x", this::checkArticleGraph);
    }

    @TestFactory
    Stream<DynamicTest> shouldOfferEachFilterValueOfThePowersPageWithItsTrueCount() {
        Map<String, String> facets = Map.of(
                "category", "SELECT ?k (COUNT(?p) AS ?v) WHERE { ?l qz:hasPower ?p . ?p qz:category ?k } GROUP BY ?k",
                "unit", "SELECT ?k (COUNT(?p) AS ?v) WHERE { ?l qz:hasPower ?p . ?p qz:undertakingUnit ?k } GROUP BY ?k",
                "list", "SELECT ?k (COUNT(?p) AS ?v) WHERE { ?k qz:hasPower ?p } GROUP BY ?k");
        return facets.entrySet().stream().map(f -> DynamicTest.dynamicTest(f.getKey(), () -> {
            Document page = Jsoup.parse(get("/powers?lang=zh").body());
            Map<String, String> shown = new TreeMap<>();
            for (Element option : page.select("select[name=" + f.getKey() + "] option")) {
                if (!option.text().equals("全部")) {
                    shown.put(option.val(), option.text().replaceAll("^.*（(\\d+)）$", "$1"));
                }
            }
            Map<String, String> expected = new TreeMap<>();
            byKey(f.getValue()).forEach((k, v) -> expected.put(k, v.get(0)));
            assertThat(shown).as("the %s filter", f.getKey()).isEqualTo(expected);
            for (Map.Entry<String, String> value : expected.entrySet()) {
                Document filtered = Jsoup.parse(get("/powers?lang=zh&" + f.getKey() + "="
                        + URLEncoder.encode(value.getKey(), StandardCharsets.UTF_8)).body());
                assertThat(filtered.select("p.muted").text()).as("powers with %s", value.getKey())
                        .contains("共 " + value.getValue() + " 项");
            }
        }));
    }

    /**
     * Each legal document's page: its versions with their citations, and its cited articles with theirs, as COUNTs of
     * the citations give them (the page adds up the counts each load keeps; a sum over a repeated row or a tally
     * missed would show here).
     */
    @TestFactory
    Stream<DynamicTest> shouldCountTheCitationsOfEachDocumentsVersionsAndArticlesAsTheGraphHoldsThem() {
        return each("SELECT DISTINCT ?x WHERE { ?c qz:citesDocument ?x } ORDER BY ?x", this::checkDocument);
    }

    /** /laws: each document's citations, and each text wanted with its citations and the files citing it. */
    @Test
    void shouldCountTheCitationsOfEveryLawAndTextWantedAsTheGraphHoldsThem() throws Exception {
        Document laws = Jsoup.parse(get("/laws?lang=zh").body());
        Map<String, String> shown = new TreeMap<>();
        for (Element row : laws.select("table.data tbody tr")) {
            if (row.closest("#wanted") == null) {
                shown.put(iri(row.selectFirst("a")), row.child(4).text());
            }
        }
        Map<String, String> expected = new TreeMap<>();
        byKey("SELECT ?k (COUNT(DISTINCT ?c) AS ?v) WHERE { ?c qz:citesDocument ?k } GROUP BY ?k")
                .forEach((k, v) -> expected.put(k, v.get(0)));
        assertThat(shown).as("every cited document with its citations").containsAllEntriesOf(expected);
        Map<String, String> wanted = new TreeMap<>();
        for (Element row : laws.select("#wanted tbody tr")) {
            wanted.put(row.child(0).text(), row.child(1).text() + " " + row.child(2).text());
        }
        Map<String, String> expectedWanted = new TreeMap<>();
        Fixtures.select(store, """
                SELECT ?title (COUNT(DISTINCT ?c) AS ?n) (COUNT(DISTINCT ?g) AS ?files) WHERE {
                  GRAPH ?g { ?c qz:citesDocument ?d } ?d qz:shortTitle ?short
                  OPTIONAL { ?d rdfs:label ?label }
                  BIND(COALESCE(?label, ?short) AS ?title)
                  FILTER NOT EXISTS { ?d eli:is_realized_by ?v . ?v qz:hasOfficialText true }
                } GROUP BY ?title""").forEach(r -> expectedWanted.put(r.get("title"), r.get("n") + " " + r.get("files")));
        assertThat(wanted).as("the texts wanted, their citations and files").isEqualTo(expectedWanted);
    }

    /**
     * Every page of /powers, in every order and with each kind of filter, lists the powers (and their duties and
     * cases) that one query of the whole table ordered the same way gives, page by page: the page picks its 50
     * powers with a query cut to its order and then reads their rows, and a power the cut or the paging lost or
     * repeated would show here.
     */
    @TestFactory
    Stream<DynamicTest> shouldListThePowersOfEachPageInTheOrderAsked() {
        Map<String, String> sorts = Map.of("number", "?listTitle ?number", "name", "?name ?listTitle ?number",
                "category", "?categoryLabel ?listTitle ?number", "unit", "?unitName ?listTitle ?number",
                "duties", "?duties ?listTitle ?number", "cases", "?cases ?listTitle ?number");
        Map<String, String> filters = Map.of("", "",
                "list=https://w3id.org/quanze/id/list/yulin-secrecy-bureau",
                "FILTER(?list = <https://w3id.org/quanze/id/list/yulin-secrecy-bureau>)",
                "category=https://w3id.org/quanze/category/penalty",
                "FILTER(?category = <https://w3id.org/quanze/category/penalty>)");
        List<DynamicTest> tests = new ArrayList<>();
        sorts.forEach((sort, keys) -> filters.forEach((filter, where) -> {
            for (String dir : List.of("asc", "desc")) {
                tests.add(DynamicTest.dynamicTest(sort + " " + dir + " " + filter, () -> {
                    String order = Stream.concat(Stream.of(keys.split(" ")), Stream.of("?power"))
                            .map(k -> dir.equals("desc") ? "DESC(" + k + ")" : k).collect(Collectors.joining(" "));
                    List<Map<String, String>> whole = Fixtures.select(store, """
                            SELECT ?power ?duties ?cases WHERE {
                              { SELECT ?power ?list ?listTitle ?number ?name ?category ?categoryLabel ?unit ?unitName
                                       (COUNT(DISTINCT ?d) AS ?duties) (COUNT(DISTINCT ?c) AS ?cases) WHERE {
                                  ?list qz:hasPower ?power ; rdfs:label ?listTitle . ?power qz:number ?number .
                                  OPTIONAL { ?power qz:name ?name }
                                  OPTIONAL { ?power qz:category ?category . ?category skos:prefLabel ?categoryLabel
                                             FILTER(lang(?categoryLabel) = "zh") }
                                  OPTIONAL { ?power qz:undertakingUnit ?unit . ?unit rdfs:label ?unitName }
                                  OPTIONAL { ?power qz:hasDuty ?d } OPTIONAL { ?power qz:hasAccountabilityCase ?c }
                                } GROUP BY ?power ?list ?listTitle ?number ?name ?category ?categoryLabel ?unit ?unitName }
                              WHERE_FILTER
                            } ORDER BY ORDER_KEYS""".replace("WHERE_FILTER", where).replace("ORDER_KEYS", order));
                    List<String> shown = new ArrayList<>();
                    int pages = (whole.size() + 49) / 50;
                    for (int n = 1; n <= Math.max(1, pages); n++) {
                        Document page = Jsoup.parse(get("/powers?lang=zh&sort=" + sort + "&dir=" + dir + "&page=" + n
                                + (filter.isEmpty() ? "" : "&" + filter)).body());
                        assertThat(page.select("p.muted").text()).contains("共 " + whole.size() + " 项");
                        for (Element row : page.select("table.data tbody tr")) {
                            shown.add(iri(row.child(1).selectFirst("a")) + " " + row.child(4).text() + "/"
                                    + row.child(5).text());
                        }
                    }
                    assertThat(shown).isEqualTo(whole.stream()
                            .map(r -> r.get("power") + " " + r.get("duties") + "/" + r.get("cases")).toList());
                }));
            }
        }));
        return tests.stream();
    }

    /**
     * The home page's lists with their powers, and its most cited articles with their citations, as counted here: the
     * page adds up the counts each load keeps (a COUNT of the store per request took minutes at 1000×).
     */
    @Test
    void shouldShowTheHomePagesListsAndMostCitedArticlesWithTheirTrueCounts() throws Exception {
        Document home = Jsoup.parse(get("/?lang=zh").body());
        Map<String, String> powers = new TreeMap<>();
        byKey("""
                SELECT ?k (COUNT(DISTINCT ?p) AS ?v) WHERE {
                  ?k a qz:PowerList ; qz:hasPower ?p
                  FILTER NOT EXISTS { ?newer prov:wasRevisionOf ?k ; prov:generatedAtTime ?t FILTER(?t < NOW()) }
                } GROUP BY ?k""").forEach((k, v) -> powers.put(k, v.get(0) + " 项权力"));
        Map<String, String> shownLists = new TreeMap<>();
        for (Element li : home.select(".columns section:nth-of-type(1) li")) {
            shownLists.put(iri(li.selectFirst("a")), li.selectFirst("span.muted").text());
        }
        assertThat(shownLists).as("the lists and their powers").hasSize(12).isEqualTo(powers);

        Map<String, Long> cited = new TreeMap<>();
        byKey("SELECT ?k (COUNT(DISTINCT ?c) AS ?v) WHERE { ?c qz:citesArticle ?k } GROUP BY ?k")
                .forEach((k, v) -> cited.put(k, Long.parseLong(v.get(0))));
        Map<String, Long> shownTop = new TreeMap<>();
        for (Element li : home.select(".columns section:nth-of-type(2) li")) {
            shownTop.put(iri(li.selectFirst("a")), Long.parseLong(li.selectFirst("span.muted").text().replace(" 次引用", "")));
        }
        assertThat(shownTop).as("eight articles").hasSize(8);
        shownTop.forEach((article, n) -> assertThat(n).as("citations of %s", article).isEqualTo(cited.get(article)));
        long least = shownTop.values().stream().mapToLong(Long::longValue).min().orElseThrow();
        assertThat(cited).as("no article left out is cited more than the least shown")
                .allSatisfy((article, n) -> assertThat(shownTop.containsKey(article) || n <= least).as(article).isTrue());
        assertThat(home.select(".columns section:nth-of-type(2) li span.muted").eachText()).as("most cited first")
                .isSortedAccordingTo(java.util.Comparator.comparingLong((String t) -> Long.parseLong(t.replace(" 次引用", ""))).reversed());
    }

    // ---- powers

    private void checkPower(String power) throws Exception {
        Document page = page(power);
        String list = one("SELECT ?l WHERE { ?l qz:hasPower <" + power + "> }");
        assertThat(iri(page.selectFirst("nav.crumbs a"))).as("the list of %s", power).isEqualTo(list);
        assertOnlyOwnList(page, list, power);

        Map<String, List<String>> duties = byKey("SELECT ?k ?v WHERE { <" + power + "> qz:hasDuty ?d . ?d qz:number ?n "
                + "BIND(CONCAT('duty-', STR(?n)) AS ?k) OPTIONAL { ?d qz:responsibleUnit ?v } }");
        Map<String, List<String>> cases = byKey("SELECT ?k ?v WHERE { <" + power + "> qz:hasAccountabilityCase ?c . "
                + "?c qz:number ?n BIND(CONCAT('case-', STR(?n)) AS ?k) OPTIONAL { ?c qz:accountabilityBody ?v } }");
        assertThat(ids(page.select("#duties article.entry"))).as("duties of %s", power).isEqualTo(duties.keySet());
        assertThat(ids(page.select("#cases article.entry"))).as("cases of %s", power).isEqualTo(cases.keySet());
        assertThat(page.select("#duties > h2").text()).contains("（" + duties.size() + "）");
        assertThat(page.select("#cases > h2").text()).contains("（" + cases.size() + "）");
        for (Map.Entry<String, List<String>> e : merge(duties, cases).entrySet()) {
            List<String> org = e.getValue().stream().filter(Objects::nonNull).toList();
            assertThat(iris(page.select("#" + e.getKey() + " > p.meta a"))).as("unit or body of %s %s", power, e.getKey())
                    .isEqualTo(org);
            assertThat(page.select("#" + e.getKey() + " > p.meta")).as("%s %s names no unit or body: no empty label", power,
                    e.getKey()).allSatisfy(meta -> assertThat(org.isEmpty() ? meta.text().isBlank() : !meta.text().isBlank()).isTrue());
        }

        Map<String, List<String>> cited = byKey("""
                SELECT ?k ?v WHERE {
                  { <P> qz:hasBasis ?c BIND("basis" AS ?k) }
                  UNION { <P> qz:dutiesBasis ?c BIND("duties-basis" AS ?k) }
                  UNION { <P> qz:casesBasis ?c BIND("cases-basis" AS ?k) }
                  UNION { <P> qz:hasDuty ?d . ?d qz:hasBasis ?c ; qz:number ?n BIND(CONCAT("duty-", STR(?n)) AS ?k) }
                  UNION { <P> qz:hasAccountabilityCase ?d . ?d qz:hasBasis ?c ; qz:number ?n BIND(CONCAT("case-", STR(?n)) AS ?k) }
                  OPTIONAL { ?c qz:citesArticle ?v }
                }""".replace("<P>", "<" + power + ">"));
        for (String holder : union(cited.keySet(), List.of("basis", "duties-basis", "cases-basis"), duties.keySet(),
                cases.keySet())) {
            List<String> expected = sorted(cited.getOrDefault(holder, List.of()));
            assertThat(page.select("#" + holder + " .citation")).as("citations of %s %s", power, holder)
                    .hasSize(expected.size());
            assertThat(sorted(page.select("#" + holder + " .citation").stream()
                    .map(c -> c.selectFirst("a.art") == null ? null : iri(c.selectFirst("a.art"))).toList()))
                    .as("articles cited by %s %s", power, holder).isEqualTo(expected);
        }
    }

    // ---- organisations

    private void checkOrganization(String org) throws Exception {
        Document page = page(org);
        Map<String, List<String>> expected = byKey("""
                SELECT ?k ?v WHERE {
                  { ?p qz:implementingBody <O> BIND("implements" AS ?k) BIND(?p AS ?v) }
                  UNION { ?p qz:undertakingUnit <O> BIND("undertakes" AS ?k) BIND(?p AS ?v) }
                  UNION { ?p qz:hasDuty ?e . ?e qz:responsibleUnit <O> BIND("duty" AS ?k) BIND(?e AS ?v) }
                  UNION { ?p qz:hasAccountabilityCase ?e . ?e qz:accountabilityBody <O> BIND("case" AS ?k) BIND(?e AS ?v) }
                }""".replace("<O>", "<" + org + ">"));
        for (String role : List.of("implements", "undertakes", "duty", "case")) {
            List<String> things = sorted(expected.getOrDefault(role, List.of()));
            List<Element> items = page.select("section#" + role + " li");
            assertThat(items).as("%s of %s", role, org).hasSize(things.size());
            if (things.isEmpty()) {
                continue;
            }
            assertThat(page.select("section#" + role + " > h2").text()).contains("（" + things.size() + "）");
            boolean powers = role.equals("implements") || role.equals("undertakes");
            assertThat(sorted(items.stream().map(li -> iri(li.select("a").get(powers ? 0 : 1))).toList()))
                    .as("%s of %s", role, org).isEqualTo(things);
            for (Element li : items) {
                String power = iri(li.selectFirst("a"));
                String title = one("SELECT ?t WHERE { ?l qz:hasPower <" + power + "> ; rdfs:label ?t }");
                assertThat(li.select("span.muted").text()).as("the list of %s on %s", power, org).isEqualTo(title);
            }
        }
    }

    // ---- lists

    private void checkList(String list) throws Exception {
        Document page = page(list);
        assertOnlyOwnList(page, list, list);
        Map<String, List<String>> counts = byKey("""
                SELECT ?k ?v WHERE {
                  <L> qz:hasPower ?k .
                  { SELECT ?k (CONCAT(STR(COUNT(DISTINCT ?d)), "/", STR(COUNT(DISTINCT ?c))) AS ?v) WHERE {
                      <L> qz:hasPower ?k . OPTIONAL { ?k qz:hasDuty ?d } OPTIONAL { ?k qz:hasAccountabilityCase ?c } }
                    GROUP BY ?k }
                }""".replace("<L>", "<" + list + ">"));
        List<Element> rows = page.select("#list-powers table.data tbody tr");
        assertThat(page.select("#list-powers > h2").text()).contains("（" + counts.size() + "）");
        assertThat(rows).as("powers of %s", list).hasSize(counts.size());
        for (Element row : rows) {
            String power = iri(row.selectFirst("a"));
            assertThat(counts).as("%s on %s", power, list).containsKey(power);
            assertThat(row.child(4).text() + "/" + row.child(5).text()).as("duties/cases of %s", power)
                    .isEqualTo(counts.get(power).get(0));
        }
    }

    private void checkDocument(String document) throws Exception {
        Document page = page(document);
        Map<String, String> versions = new TreeMap<>();
        for (Element row : page.select("table.data tbody tr")) {
            versions.put(iri(row.selectFirst("a")), row.child(5).text());
        }
        Map<String, String> expected = new TreeMap<>();
        byKey("""
                SELECT ?k ?v WHERE {
                  { SELECT DISTINCT ?k WHERE { <D> eli:is_realized_by ?k } }
                  OPTIONAL { SELECT ?k (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c qz:citesVersion ?k } GROUP BY ?k }
                  BIND(COALESCE(?n, 0) AS ?v)
                }""".replace("<D>", "<" + document + ">")).forEach((k, v) -> expected.put(k, v.get(0)));
        assertThat(versions).as("the versions of %s and their citations", document).isEqualTo(expected);
        Map<String, String> articles = new TreeMap<>();
        for (Element a : page.select("ul.chips li a")) {
            articles.put(iri(a), a.text().replaceAll("^.*· (\\d+) 次$", "$1"));
        }
        Map<String, String> cited = new TreeMap<>();
        byKey("""
                SELECT ?k (COUNT(DISTINCT ?c) AS ?v) WHERE { ?c qz:citesDocument <D> ; qz:citesArticle ?k } GROUP BY ?k"""
                .replace("<D>", "<" + document + ">")).forEach((k, v) -> cited.put(k, v.get(0)));
        assertThat(articles).as("the cited articles of %s and their citations", document).isEqualTo(cited);
    }

    // ---- articles

    private void checkArticle(String article) throws Exception {
        Document page = page(article);
        List<Map<String, String>> citers = Fixtures.select(store, """
                SELECT ?list ?role ?power WHERE {
                  ?c qz:citesArticle <A> .
                  { ?e qz:hasBasis ?c . ?e a qz:Power BIND(?e AS ?power) BIND("power-basis" AS ?role) }
                  UNION { ?power qz:hasDuty ?e . ?e qz:hasBasis ?c BIND("duty-basis" AS ?role) }
                  UNION { ?power qz:dutiesBasis ?c BIND("duty-basis" AS ?role) }
                  UNION { ?power qz:hasAccountabilityCase ?e . ?e qz:hasBasis ?c BIND("case-basis" AS ?role) }
                  UNION { ?power qz:casesBasis ?c BIND("case-basis" AS ?role) }
                  ?list qz:hasPower ?power .
                }""".replace("<A>", "<" + article + ">"));
        Set<String> lists = citers.stream().map(r -> r.get("list")).collect(Collectors.toSet());
        if (citers.isEmpty()) {
            assertThat(page.select("#cited-by-list")).as("%s is cited by nothing", article).isEmpty();
            assertThat(page.select("#cited-by .summary")).isEmpty();
            return;
        }
        assertThat(page.select("#cited-by .summary").text()).as("summary of %s", article)
                .contains(String.valueOf(citers.size())).contains(String.valueOf(lists.size()));
        List<Element> rows = page.select("#cited-by-list tbody tr");
        assertThat(rows.stream().map(r -> iri(r.selectFirst("a"))).collect(Collectors.toSet())).as("lists citing %s", article)
                .isEqualTo(lists);
        for (Element row : rows) {
            String list = iri(row.selectFirst("a"));
            List<String> shown = row.select("td.num").eachText();
            List<String> expected = Stream.of("power-basis", "duty-basis", "case-basis").map(role -> String.valueOf(
                    citers.stream().filter(r -> r.get("list").equals(list) && r.get("role").equals(role)).count())).toList();
            assertThat(shown).as("citations of %s per role in %s", article, list).isEqualTo(expected);
        }
        Map<String, String> listOfPower = citers.stream().collect(Collectors.toMap(r -> r.get("power"), r -> r.get("list"),
                (a, b) -> a));
        for (Element li : page.select("#cited-by ul.citers li")) {
            String list = iri(li.selectFirst("a.list"));
            String power = iri(li.select("a").get(1));
            assertThat(listOfPower.get(power)).as("the list named beside %s citing %s", power, article).isEqualTo(list);
        }
    }

    // ---- graph views

    private void checkPowerGraph(String power) throws Exception {
        JsonNode graph = graph(power);
        List<String> entries = column("SELECT ?v WHERE { { <P> qz:hasDuty ?v } UNION { <P> qz:hasAccountabilityCase ?v } }"
                .replace("<P>", "<" + power + ">"));
        List<Map<String, String>> cites = Fixtures.select(store, """
                SELECT DISTINCT ?entry ?article WHERE {
                  { <P> qz:hasBasis ?c BIND(<P> AS ?entry) }
                  UNION { <P> qz:hasDuty ?entry . { ?entry qz:hasBasis ?c } UNION { <P> qz:dutiesBasis ?c } }
                  UNION { <P> qz:hasAccountabilityCase ?entry . { ?entry qz:hasBasis ?c } UNION { <P> qz:casesBasis ?c } }
                  ?c qz:citesArticle ?article .
                }""".replace("<P>", "<" + power + ">"));
        Set<String> nodes = new HashSet<>(entries);
        nodes.add(power);
        cites.forEach(r -> nodes.add(r.get("article")));
        Set<String> edges = new HashSet<>();
        entries.forEach(e -> edges.add(power + " " + e));
        cites.forEach(r -> edges.add(r.get("entry") + " " + r.get("article")));
        assertThat(nodeIds(graph)).as("nodes of the graph of %s", power).isEqualTo(nodes);
        assertThat(edges(graph)).as("edges of the graph of %s", power).isEqualTo(edges);
    }

    private void checkArticleGraph(String article) throws Exception {
        JsonNode graph = graph(article);
        List<Map<String, String>> citers = Fixtures.select(store, """
                SELECT DISTINCT ?entry ?power WHERE {
                  ?c qz:citesArticle <A> .
                  { ?power qz:hasBasis ?c BIND(?power AS ?entry) }
                  UNION { ?power qz:hasDuty|qz:hasAccountabilityCase ?entry . ?entry qz:hasBasis ?c }
                  UNION { ?power qz:dutiesBasis ?c ; qz:hasDuty ?entry }
                  UNION { ?power qz:casesBasis ?c ; qz:hasAccountabilityCase ?entry }
                }""".replace("<A>", "<" + article + ">"));
        Set<String> nodes = new HashSet<>(Set.of(article));
        Set<String> edges = new HashSet<>();
        for (Map<String, String> r : citers) {
            nodes.add(r.get("entry"));
            nodes.add(r.get("power"));
            edges.add(r.get("entry") + " " + article);
            if (!r.get("entry").equals(r.get("power"))) {
                edges.add(r.get("power") + " " + r.get("entry"));
            }
        }
        assertThat(nodeIds(graph)).as("nodes of the graph of %s", article).isEqualTo(nodes);
        assertThat(edges(graph)).as("edges of the graph of %s", article).isEqualTo(edges);
    }

    // ---- helpers

    private interface Check {
        void check(String iri) throws Exception;
    }

    private Stream<DynamicTest> each(String select, Check check) {
        List<String> things = column(select);
        assertThat(things).isNotEmpty();
        return things.stream().map(iri -> DynamicTest.dynamicTest(iri.substring(BASE.length()), () -> check.check(iri)));
    }

    /** The pages of a list's power or of the list itself link to no power or list of another list. */
    private static void assertOnlyOwnList(Document page, String list, String about) {
        String own = list.substring(BASE.length());
        List<String> others = page.select("main a[href^=/id/list/]").stream().map(PageTruthTest::iri)
                .map(i -> i.substring(BASE.length())).filter(i -> !i.equals(own) && !i.startsWith(own + "/")).toList();
        assertThat(others).as("links of the page of %s to other lists", about).isEmpty();
    }

    private Document page(String iri) throws Exception {
        HttpResponse<String> r = get(path(iri) + "?lang=zh");
        assertThat(r.statusCode()).as(iri).isEqualTo(200);
        return Jsoup.parse(r.body());
    }

    private JsonNode graph(String iri) throws Exception {
        HttpResponse<String> r = get("/graph/data?iri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as("graph of %s", iri).isEqualTo(200);
        return json.readTree(r.body());
    }

    private static Set<String> nodeIds(JsonNode graph) {
        Set<String> ids = new HashSet<>();
        graph.get("nodes").forEach(n -> ids.add(n.get("id").asText()));
        assertThat(ids).hasSize(graph.get("nodes").size());
        return ids;
    }

    private static Set<String> edges(JsonNode graph) {
        Set<String> edges = new HashSet<>();
        graph.get("edges").forEach(e -> edges.add(e.get("source").asText() + " " + e.get("target").asText()));
        return edges;
    }

    /** The page of an IRI: its path under /id/, what the IRI percent-encodes already ({@code %28}) kept as it is. */
    private static String path(String iri) {
        StringBuilder sb = new StringBuilder("/id");
        for (String segment : iri.substring(BASE.length()).split("/", -1)) {
            sb.append('/');
            for (String part : segment.split("(?=%[0-9A-F]{2})|(?<=%[0-9A-F]{2})")) {
                sb.append(part.matches("%[0-9A-F]{2}") ? part
                        : URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20"));
            }
        }
        return sb.toString();
    }

    /** The IRI a link of a page leads to (its /id/ path back under the base). */
    private static String iri(Element a) {
        String href = a.attr("href").replaceFirst("[?#].*$", "");
        if (!href.startsWith("/id/")) {
            return href;
        }
        // Decoded as the server decodes a path, then ASCII punctuation encoded again as the IRIs hold it.
        String decoded = URLDecoder.decode(href.substring("/id/".length()).replace("+", "%2B"), StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder(BASE);
        decoded.codePoints().forEach(c -> sb.append(c < 0x80 && !Character.isLetterOrDigit(c) && "-._~/".indexOf(c) < 0
                ? String.format("%%%02X", c) : Character.toString(c)));
        return sb.toString();
    }

    private static List<String> iris(Collection<Element> links) {
        return links.stream().map(PageTruthTest::iri).toList();
    }

    private static Set<String> ids(Collection<Element> elements) {
        return elements.stream().map(Element::id).collect(Collectors.toSet());
    }

    private List<String> column(String select) {
        return Fixtures.select(store, select).stream().map(r -> r.values().iterator().next()).toList();
    }

    private String one(String select) {
        List<String> values = column(select);
        assertThat(values).as(select).hasSize(1);
        return values.get(0);
    }

    /** Rows of ?k ?v grouped by ?k (in key order), ?v kept with its repeats; a null ?v stands for "none". */
    private Map<String, List<String>> byKey(String select) {
        return Fixtures.select(store, select).stream().collect(Collectors.groupingBy(r -> r.get("k"), TreeMap::new,
                Collectors.mapping(r -> r.get("v"), Collectors.toCollection(ArrayList::new))));
    }

    private static <K, V> Map<K, V> merge(Map<K, V> a, Map<K, V> b) {
        Map<K, V> all = new TreeMap<>(a);
        all.putAll(b);
        return all;
    }

    @SafeVarargs
    private static Set<String> union(Collection<String>... parts) {
        return Stream.of(parts).flatMap(Collection::stream).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())).toList();
    }
}
