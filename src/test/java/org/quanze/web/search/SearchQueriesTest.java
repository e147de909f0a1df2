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
import org.quanze.store.TextSearch;
import org.quanze.web.PageQueries;

/**
 * The search query files on the Yulin list and the law texts: one row per hit, each with the power
 * and list it belongs to (found and placed in two steps on the text index, at once by substring: the same rows); the quoted texts of citations found; the list filter; the article a
 * search names.
 */
class SearchQueriesTest {

    private static final Tdb2Store STORE = Fixtures.loadedStore();
    private static final PageQueries QUERIES = new PageQueries(STORE);
    private static final List<TextSearch> SEARCHES = List.of(TextSearch.LUCENE, TextSearch.SCAN);
    private static final String ID = "https://w3id.org/quanze/id/";
    private static final String YULIN = ID + "list/yulin-secrecy-bureau";
    private static final String POWER_1 = YULIN + "/power/1";
    private static final String ARTICLE_45 = ID + "law/保守国家秘密法/2010-04-29/article/45";

    /** Every hit of the words, each with its place: found and placed as the page does it, on the text index or by substring. */
    private static List<HitRow> rows(TextSearch how, String words, String list) {
        HitSearch search = new HitSearch(QUERIES, how, STORE.textIndex(), Fixtures.IRIS);
        Node inList = list == null ? null : NodeFactory.createURI(list);
        return search.placed(search.find(words, inList, Integer.MAX_VALUE), inList);
    }

    private static Set<String> hits(List<HitRow> rows, String type) {
        return rows.stream().filter(r -> r.type().endsWith("#" + type)).map(HitRow::hit).collect(Collectors.toSet());
    }

    @Test
    void shouldPlaceTheHitsOfTheIndexWithTheVariablesTheScanReadsAtOnce() {
        Set<String> indexAndPlaces = new java.util.LinkedHashSet<>(QUERIES.query("search-index").getResultVars());
        indexAndPlaces.addAll(QUERIES.query("search-hit-labels").getResultVars());
        indexAndPlaces.addAll(QUERIES.query("search-places").getResultVars());
        indexAndPlaces.addAll(QUERIES.query("search-article-places").getResultVars());
        // The rank of the field found is the index's order, which HitSearch sorts by; the scan orders by it itself.
        indexAndPlaces.remove("rank");
        // The kind of a hit of the index is read from its IRI (HitKind); the scan reads its type.
        indexAndPlaces.add("type");
        assertThat(indexAndPlaces).containsExactlyInAnyOrderElementsOf(QUERIES.query("search-contains").getResultVars());
    }

    @Test
    void shouldPlaceAHitFoundOnTheIndexAsTheScanDoes() {
        // The index matches words as its analyzer cuts them and the scan matches substrings: the hits differ, the
        // places of a hit both find may not.
        for (String words : List.of("收缴", "保密", "检查")) {
            for (String list : java.util.Arrays.asList(null, YULIN)) {
                Map<String, List<String>> indexed = placesByHit(rows(TextSearch.LUCENE, words, list));
                Map<String, List<String>> scanned = placesByHit(rows(TextSearch.SCAN, words, list));
                Set<String> both = new java.util.HashSet<>(indexed.keySet());
                both.retainAll(scanned.keySet());

                assertThat(both).as(words + " in " + list).hasSizeGreaterThanOrEqualTo(list == null ? 5 : 3);
                both.forEach(hit -> assertThat(indexed.get(hit)).as(hit).isEqualTo(scanned.get(hit)));
            }
        }
    }

    /**
     * The kind of each hit of the index, read from its IRI, is the type the store gives it; what the index finds of
     * another kind (a paragraph's text) is of none of the six kinds a search shows.
     */
    @Test
    void shouldReadTheKindOfEachHitFromItsIriAsTheStoreTypesIt() {
        Set<String> shown = Set.of("Power", "Duty", "AccountabilityCase", "Exemption", "Citation", "Article").stream()
                .map(k -> "https://w3id.org/quanze/ontology#" + k).collect(Collectors.toSet());
        int kinds = 0;
        for (String words : List.of("收缴", "保密", "检查", "国家秘密")) {
            List<HitFound> found = QUERIES.list("search-index", TextQueries.search(QUERIES, TextSearch.LUCENE, words, null),
                    HitFound.class);
            assertThat(found).as(words).hasSizeGreaterThanOrEqualTo(10);
            for (HitFound f : found) {
                Set<String> types = Fixtures.select(STORE, "SELECT DISTINCT ?t WHERE { <" + f.hit() + "> a ?t }").stream()
                        .map(r -> r.get("t")).filter(shown::contains).collect(Collectors.toSet());
                assertThat(HitKind.of(Fixtures.IRIS, f.hit())).as(f.hit())
                        .isEqualTo(types.stream().findFirst());
                assertThat(types).as(f.hit()).hasSizeLessThanOrEqualTo(1);
            }
            kinds = Math.max(kinds, (int) found.stream().map(f -> HitKind.of(Fixtures.IRIS, f.hit())).distinct().count());
        }
        assertThat(kinds).as("hits of several kinds").isGreaterThanOrEqualTo(4);
    }

    /**
     * Read from the index itself, a search in every list finds the rows search-index.rq gives (hit, kind, score,
     * literal, in its order), with the literals of the first hits of each kind only when the page shows only those.
     */
    @Test
    void shouldFindOnTheIndexItselfWhatTheQueryFinds() {
        HitSearch byQuery = new HitSearch(QUERIES, TextSearch.LUCENE, java.util.Optional.empty(), Fixtures.IRIS);
        HitSearch byIndex = new HitSearch(QUERIES, TextSearch.LUCENE, STORE.textIndex(), Fixtures.IRIS);
        for (String words : List.of("收缴", "保密", "检查", "国家秘密", "罚款 AND", "行政强制")) {
            List<HitRow> queried = byQuery.find(words, null, Integer.MAX_VALUE);
            List<HitRow> read = byIndex.find(words, null, Integer.MAX_VALUE);
            assertThat(queried).as(words).hasSizeGreaterThanOrEqualTo(words.contains("AND") ? 1 : 5);
            assertThat(read).as(words).isEqualTo(queried);

            List<HitRow> firstTwo = byIndex.find(words, null, 2);
            assertThat(firstTwo).as(words).extracting(HitRow::hit, HitRow::type, HitRow::score)
                    .isEqualTo(queried.stream().map(r -> tuple(r.hit(), r.type(), r.score())).toList());
            Map<String, List<String>> firstHitsByKind = new HashMap<>();
            for (HitRow r : queried) {
                List<String> ofKind = firstHitsByKind.computeIfAbsent(r.type(), k -> new java.util.ArrayList<>());
                if (!ofKind.contains(r.hit()) && ofKind.size() < 2) {
                    ofKind.add(r.hit());
                }
            }
            Set<String> first = firstHitsByKind.values().stream().flatMap(List::stream).collect(Collectors.toSet());
            for (int i = 0; i < queried.size(); i++) {
                assertThat(firstTwo.get(i).literal()).as(words + " " + queried.get(i).hit())
                        .isEqualTo(first.contains(queried.get(i).hit()) ? queried.get(i).literal() : null);
            }
        }
    }

    private static Map<String, List<String>> placesByHit(List<HitRow> rows) {
        return rows.stream().collect(Collectors.groupingBy(HitRow::hit, Collectors.mapping(
                r -> r.type() + " " + r.label() + " " + r.place() + " " + r.article(), Collectors.toList())));
    }

    @Test
    void shouldGiveEachHitOnceWithThePowerAndListHoldingIt() {
        for (TextSearch how : SEARCHES) {
            List<HitRow> rows = rows(how, "收缴", null);

            // A duty may match by its name and by its text (two rows, two literals), never twice by one.
            assertThat(rows).as(how.name()).extracting(r -> r.hit() + " " + r.literal()).doesNotHaveDuplicates();
            assertThat(rows).as(how.name()).filteredOn(r -> r.hit().endsWith("/power/1/duty/3")).isNotEmpty()
                    .allSatisfy(r -> assertThat(List.of(r.place().powerNumber(), r.place().powerName(), r.place().list(), r.place().listTitle()))
                            .containsExactly("1", "对非法获取、持有国家秘密载体的行政强制", YULIN, "玉林市国家保密局权责清单"));
            assertThat(rows).as(how.name() + ": an article belongs to no power").filteredOn(r -> r.hit().equals(ARTICLE_45))
                    .singleElement().satisfies(r -> assertThat(List.of(String.valueOf(r.place().power()), String.valueOf(r.place().list())))
                            .containsExactly("null", "null"));
        }
    }

    @Test
    void shouldGiveAPowerFoundByItsNameAsItsOwnPower() {
        List<HitRow> rows = rows(TextSearch.LUCENE, "行政强制", null);

        assertThat(rows).isNotEmpty().extracting(HitRow::hit).doesNotHaveDuplicates();
        assertThat(rows).filteredOn(r -> r.type().endsWith("#Power")).isNotEmpty()
                .allSatisfy(r -> assertThat(List.of(r.place().power(), r.place().list())).containsExactly(r.hit(), YULIN));
    }

    @Test
    void shouldFindTheTextsTheListsQuoteEachWithThePowerWhoseBasisItIs() {
        // Independently: the citations whose own quote holds the word.
        Set<String> quoting = Fixtures.select(STORE, "SELECT ?c WHERE { ?c a qz:Citation ; qz:quotedText ?t FILTER(CONTAINS(?t, \"收缴\")) }")
                .stream().map(r -> r.get("c")).collect(Collectors.toSet());
        assertThat(quoting).contains(POWER_1 + "/power-basis/1/1", POWER_1 + "/duty-basis/3/1");
        for (TextSearch how : SEARCHES) {
            List<HitRow> rows = rows(how, "收缴", null);

            assertThat(hits(rows, "Citation")).as(how.name()).isEqualTo(quoting);
            assertThat(rows).as(how.name()).filteredOn(r -> r.type().endsWith("#Citation"))
                    .allSatisfy(r -> assertThat(List.of(r.place().power(), r.place().list())).containsExactly(POWER_1, YULIN))
                    .allSatisfy(r -> assertThat(r.literal()).contains("收缴"));
        }
    }

    @Test
    void shouldKeepTheHitsOfTheChosenListAndTheArticlesItCites() {
        Set<String> cited = Fixtures.select(STORE, "SELECT DISTINCT ?a WHERE { ?c qz:citesArticle ?a }")
                .stream().map(r -> r.get("a")).collect(Collectors.toSet());
        for (TextSearch how : SEARCHES) {
            List<HitRow> all = rows(how, "收缴", null);
            List<HitRow> inYulin = rows(how, "收缴", YULIN);

            assertThat(hits(all, "Article")).as(how.name()).contains(ARTICLE_45).anyMatch(a -> !cited.contains(a));
            assertThat(hits(inYulin, "Article")).as(how.name() + ": only the articles the list cites")
                    .isEqualTo(hits(all, "Article").stream().filter(cited::contains).collect(Collectors.toSet()));
            assertThat(inYulin).as(how.name()).filteredOn(r -> !r.type().endsWith("#Article"))
                    .isNotEmpty().allSatisfy(r -> assertThat(r.place().list()).isEqualTo(YULIN));
            assertThat(rows(how, "收缴", ID + "list/no-such-list")).as(how.name()).isEmpty();
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
    void shouldCountTheCitationsOfEachArticleBoundAsTheStoreHoldsThem() {
        String article46 = ID + "law/保守国家秘密法/2010-04-29/article/46";
        var bound = Bindings.bindEach(QUERIES.query("search-citation-counts"), "article",
                List.of(NodeFactory.createURI(ARTICLE_45), NodeFactory.createURI(article46)));
        Map<String, String> counts = QUERIES.rows(bound).stream().collect(Collectors.toMap(r -> r.iri("article"), r -> r.text("citations")));
        // Independently: the citations of each article in the store (the Yulin list's only).
        for (String article : List.of(ARTICLE_45, article46)) {
            assertThat(counts.getOrDefault(article, "0")).as(article).isEqualTo(Fixtures.value(STORE,
                    "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c qz:citesArticle <" + article + "> }"));
        }
        assertThat(counts.get(ARTICLE_45)).isEqualTo("2");
        assertThat(QUERIES.rows("search-citation-counts", Map.of("article", NodeFactory.createURI(ARTICLE_45),
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
