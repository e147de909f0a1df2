package org.quanze.web.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.quanze.Fixtures;
import org.quanze.queries.Bindings;
import org.quanze.queries.Row;
import org.quanze.store.Tdb2Store;
import org.quanze.web.PageQueries;

/**
 * The search query files on the Yulin list and the law texts: one row per hit, each with the power
 * and list it belongs to; the quoted texts of citations found; the list filter; the article a
 * search names.
 */
class SearchQueriesTest {

    private static final Tdb2Store STORE = Fixtures.loadedStore();
    private static final PageQueries QUERIES = new PageQueries(STORE);
    private static final List<String> SEARCHES = List.of("search-index", "search-contains");
    private static final String ID = "https://w3id.org/quanze/id/";
    private static final String YULIN = ID + "list/yulin-secrecy-bureau";
    private static final String POWER_1 = YULIN + "/power/1";
    private static final String ARTICLE_45 = ID + "law/保守国家秘密法/2010-04-29/article/45";

    private static List<Row> rows(String query, String words, String list) {
        Map<String, Node> params = new HashMap<>();
        params.put("q", NodeFactory.createLiteralString(words));
        if (list != null) {
            params.put("flist", NodeFactory.createURI(list));
        }
        return QUERIES.rows(Bindings.bind(QUERIES.query(query), List.of("flist", "q"), params));
    }

    private static Set<String> hits(List<Row> rows, String type) {
        return rows.stream().filter(r -> r.iri("type").endsWith("#" + type)).map(r -> r.iri("hit")).collect(Collectors.toSet());
    }

    @Test
    void shouldProjectTheSameVariablesWithAndWithoutTheIndex() {
        assertThat(QUERIES.query("search-contains").getResultVars()).isEqualTo(QUERIES.query("search-index").getResultVars());
    }

    @Test
    void shouldGiveEachHitOnceWithThePowerAndListHoldingIt() {
        for (String query : SEARCHES) {
            List<Row> rows = rows(query, "收缴", null);

            // A duty may match by its name and by its text (two rows, two literals), never twice by one.
            assertThat(rows).as(query).extracting(r -> r.iri("hit") + " " + r.text("literal")).doesNotHaveDuplicates();
            assertThat(rows).as(query).filteredOn(r -> r.iri("hit").endsWith("/power/1/duty/3")).isNotEmpty()
                    .allSatisfy(r -> assertThat(List.of(r.text("powerNumber"), r.text("powerName"), r.iri("list"), r.text("listTitle")))
                            .containsExactly("1", "对非法获取、持有国家秘密载体的行政强制", YULIN, "玉林市国家保密局权责清单"));
            assertThat(rows).as(query + ": an article belongs to no power").filteredOn(r -> r.iri("hit").equals(ARTICLE_45))
                    .singleElement().satisfies(r -> assertThat(List.of(String.valueOf(r.text("power")), String.valueOf(r.text("list"))))
                            .containsExactly("null", "null"));
        }
    }

    @Test
    void shouldGiveAPowerFoundByItsNameAsItsOwnPower() {
        List<Row> rows = rows("search-index", "行政强制", null);

        assertThat(rows).isNotEmpty().extracting(r -> r.iri("hit")).doesNotHaveDuplicates();
        assertThat(rows).filteredOn(r -> r.iri("type").endsWith("#Power")).isNotEmpty()
                .allSatisfy(r -> assertThat(List.of(r.iri("power"), r.iri("list"))).containsExactly(r.iri("hit"), YULIN));
    }

    @Test
    void shouldFindTheTextsTheListsQuoteEachWithThePowerWhoseBasisItIs() {
        // Independently: the citations whose own quote holds the word.
        Set<String> quoting = Fixtures.select(STORE, "SELECT ?c WHERE { ?c a qz:Citation ; qz:quotedText ?t FILTER(CONTAINS(?t, \"收缴\")) }")
                .stream().map(r -> r.get("c")).collect(Collectors.toSet());
        assertThat(quoting).contains(POWER_1 + "/power-basis/1/1", POWER_1 + "/duty-basis/3/1");
        for (String query : SEARCHES) {
            List<Row> rows = rows(query, "收缴", null);

            assertThat(hits(rows, "Citation")).as(query).isEqualTo(quoting);
            assertThat(rows).as(query).filteredOn(r -> r.iri("type").endsWith("#Citation"))
                    .allSatisfy(r -> assertThat(List.of(r.iri("power"), r.iri("list"))).containsExactly(POWER_1, YULIN))
                    .allSatisfy(r -> assertThat(r.text("literal")).contains("收缴"));
        }
    }

    @Test
    void shouldKeepTheHitsOfTheChosenListAndTheArticlesItCites() {
        Set<String> cited = Fixtures.select(STORE, "SELECT DISTINCT ?a WHERE { ?c qz:citesArticle ?a }")
                .stream().map(r -> r.get("a")).collect(Collectors.toSet());
        for (String query : SEARCHES) {
            List<Row> all = rows(query, "收缴", null);
            List<Row> inYulin = rows(query, "收缴", YULIN);

            assertThat(hits(all, "Article")).as(query).contains(ARTICLE_45).anyMatch(a -> !cited.contains(a));
            assertThat(hits(inYulin, "Article")).as(query + ": only the articles the list cites")
                    .isEqualTo(hits(all, "Article").stream().filter(cited::contains).collect(Collectors.toSet()));
            assertThat(inYulin).as(query).filteredOn(r -> !r.iri("type").endsWith("#Article"))
                    .isNotEmpty().allSatisfy(r -> assertThat(r.iri("list")).isEqualTo(YULIN));
            assertThat(rows(query, "收缴", ID + "list/no-such-list")).as(query).isEmpty();
        }
    }

    @Test
    void shouldGiveTheEntriesRestingOnAnArticleFoundWithTheirPowerAndList() {
        List<Row> rows = QUERIES.rows("search-citers", PageQueries.iri("article", ARTICLE_45));

        assertThat(rows).extracting(r -> r.iri("entry"), r -> r.iri("power"), r -> r.text("powerNumber"), r -> r.iri("list"))
                .containsExactly(tuple(POWER_1, POWER_1, "1", YULIN), tuple(POWER_1 + "/duty/3", POWER_1, "1", YULIN));
        assertThat(rows.get(1).text("entryLabel")).isEqualTo("3. 收缴责任");
        assertThat(QUERIES.rows("search-citers", Map.of("article", NodeFactory.createURI(ARTICLE_45),
                "flist", NodeFactory.createURI(ID + "list/no-such-list")))).isEmpty();
    }

    @Test
    void shouldCountTheEntriesRestingOnEachArticleBound() {
        String article46 = ID + "law/保守国家秘密法/2010-04-29/article/46";
        var bound = Bindings.bindEach(QUERIES.query("search-citer-counts"), "article",
                List.of(NodeFactory.createURI(ARTICLE_45), NodeFactory.createURI(article46)));
        Map<String, String> counts = QUERIES.rows(bound).stream().collect(Collectors.toMap(r -> r.iri("article"), r -> r.text("entries")));
        // As many as search-citers.rq lists for each (no row for an article nothing rests on).
        assertThat(counts.get(ARTICLE_45)).isEqualTo("2");
        assertThat(counts.getOrDefault(article46, "0"))
                .isEqualTo(String.valueOf(QUERIES.rows("search-citers", PageQueries.iri("article", article46)).size()));
        assertThat(QUERIES.rows("search-citer-counts", Map.of("article", NodeFactory.createURI(ARTICLE_45),
                "flist", NodeFactory.createURI(ID + "list/no-such-list")))).isEmpty();
    }

    private static List<Row> named(String key, int article) {
        return QUERIES.rows("search-article", Map.of("key", NodeFactory.createLiteralString(key),
                "number", NodeFactory.createLiteralDT(Integer.toString(article), XSDDatatype.XSDinteger)));
    }

    @Test
    void shouldFindTheArticleASearchNamesInEachVersionNewestFirst() {
        List<Row> rows = named("保守国家秘密法", 45);

        assertThat(rows).extracting(r -> r.iri("article"), r -> r.text("versionDate"), r -> r.count("citations"), r -> r.count("paragraphs"))
                .containsExactly(tuple(ID + "law/保守国家秘密法/2024-02-27/article/45", "2024-02-27", 0L, 1L),
                        tuple(ARTICLE_45, "2010-04-29", 2L, 1L));
        assertThat(rows).allSatisfy(r -> assertThat(r.iri("document")).isEqualTo(ID + "law/保守国家秘密法"));
    }

    @Test
    void shouldTellADocumentWithoutTheArticleFromAnUnknownDocument() {
        assertThat(named("保守国家秘密法", 999)).singleElement()
                .satisfies(r -> assertThat(List.of(r.iri("document"), String.valueOf(r.iri("article"))))
                        .containsExactly(ID + "law/保守国家秘密法", "null"));
        assertThat(named("没有这部法", 1)).isEmpty();
    }
}
