package org.quanze.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quanze.Fixtures;
import org.quanze.graph.CitationRole;
import org.quanze.health.FindingKind;
import org.quanze.health.HealthFinding;
import org.quanze.health.HealthGraph;
import org.quanze.impact.report.ImpactReports;
import org.quanze.impact.SummaryCitation;
import org.quanze.queries.Bindings;
import org.quanze.queries.NamedQueries;
import org.quanze.queries.Row;
import org.quanze.reading.CitationRecord;
import org.quanze.reading.Citations;
import org.quanze.reading.GraphReader;
import org.quanze.store.Tdb2Store;
import org.quanze.vocab.QZ;
import org.quanze.web.PageQueries;
import org.quanze.web.law.CitedBy;
import org.quanze.web.list.ListChoice;
import org.quanze.web.list.ListTitles;

/**
 * The eight lists — Yulin's text export and the seven Karamay spreadsheets — and the law texts loaded
 * together into one store in one call: every file its own graph and lists, the shapes satisfied, and
 * documents and bodies shared between the lists that name them. The counts of the two lists added
 * for issue 11 were taken from the sheets (序号 and 子项 rows; duties and cases numbered 1, 2, 3 …
 * up to where a cell's numbering starts again at 1); their citations are the 426 of the hand-read
 * sample, which covers every basis cell of both, less the 3 the reader misses (CitationSampleTest).
 */
class AllListsTest {

    private static Tdb2Store store;
    private static Map<String, FileReport> reports;

    @BeforeAll
    static void load() {
        store = Fixtures.emptyStore();
        LoadReport report = Fixtures.loader(store).load(Source.bundled(), LoadListener.NONE);
        assertThat(report.hasFailures()).as("%s", report).isFalse();
        assertThat(report.written()).isTrue();
        reports = report.files().stream().collect(Collectors.toMap(f -> Path.of(f.file()).getFileName().toString(),
                Function.identity()));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /**
     * The warnings of each list: those of reading it, and one for each document it cites of which the law
     * library has no text (Yulin 4, statistics 1, archives 8, medical 4, commerce 20, fire 7, defense 5, finance
     * 17: counted by SPARQL over the store, documents cited in the list's graph, as a whole or by article, with
     * no version of official text). Citations include those of a document as a whole.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            yulin-secrecy-bureau.txt         | 6  | 30  | 31  | 74   | 5
            statistics-bureau-2025.xlsx      | 3  | 12  | 30  | 16   | 8
            archives-bureau-2024.xlsx        | 12 | 46  | 74  | 60   | 16
            medical-security-bureau-2024.xls | 17 | 55  | 87  | 154  | 7
            commerce-bureau-2024.xlsx        | 21 | 58  | 171 | 166  | 38
            fire-supervision-2025.xlsx       | 75 | 594 | 592 | 1012 | 11
            defense-mobilization-office-2024.xlsx | 18 | 103 | 140 | 163 | 13
            finance-bureau-2025.xlsx         | 19 | 61  | 191 | 268  | 44
            """)
    void shouldLoadEachListAsItsOwnGraph(String file, int powers, int duties, int cases, int citations, int warnings) {
        FileReport report = reports.get(file);
        assertThat(report.status()).isEqualTo(FileReport.Status.LOADED);
        assertThat(report.kind()).isEqualTo("list");
        assertThat(report.counts()).extracting(FileReport.Counts::powers, FileReport.Counts::duties,
                FileReport.Counts::cases, FileReport.Counts::citations).containsExactly(powers, duties, cases, citations);
        assertThat(report.warnings()).hasSize(warnings);
        assertThat(Fixtures.value(store, "SELECT (COUNT(?p) AS ?n) WHERE { GRAPH <" + Fixtures.IRIS.graph(file)
                + "> { ?l a qz:PowerList ; qz:hasPower ?p } }")).isEqualTo(Integer.toString(powers));
    }

    @Test
    void shouldSatisfyTheShapes() {
        assertThat(store.validate()).isEmpty();
    }

    @Test
    void shouldNameEachListsDepartmentRegionAndYear() {
        List<Map<String, String>> lists = Fixtures.select(store, """
                SELECT ?dept ?region ?year WHERE {
                  ?l a qz:PowerList ; qz:department/rdfs:label ?dept ; qz:region ?region
                  OPTIONAL { ?l qz:year ?year } } ORDER BY ?dept""");
        assertThat(lists).extracting(r -> r.get("dept") + "|" + r.get("region") + "|" + r.get("year")).containsExactly(
                "克拉玛依市人防系统|克拉玛依市|2024", "克拉玛依市人防系统|克拉玛依市|2024", "克拉玛依市人防系统|克拉玛依市|2024",
                "克拉玛依市人防系统|克拉玛依市|2024", "克拉玛依市人防系统|克拉玛依市|2024",
                "克拉玛依市医疗保障局|克拉玛依市|2024", "克拉玛依市商务局|克拉玛依市|2024", "克拉玛依市档案局|克拉玛依市|2024",
                "克拉玛依市消防救援支队|克拉玛依市|2025", "克拉玛依市统计局|克拉玛依市|2025", "克拉玛依市财政局|克拉玛依市|2025",
                "玉林市国家保密局|玉林市|null");
    }

    @Test
    void shouldShareALawCitedByTwoDepartments() {
        String law = Fixtures.IRIS.document("行政处罚法");
        assertThat(Fixtures.value(store, "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a qz:LegalDocument ; "
                + "qz:shortTitle \"行政处罚法\" }")).isEqualTo("1");
        assertThat(Fixtures.select(store, "SELECT DISTINCT ?dept WHERE { ?l qz:department/rdfs:label ?dept ; "
                + "qz:hasPower ?p . ?p (qz:hasBasis|qz:dutiesBasis|qz:hasDuty/qz:hasBasis) ?c . ?c qz:citesDocument <"
                + law + "> } ORDER BY ?dept")).extracting(r -> r.get("dept"))
                .as("the archives and statistics lists cite it by chapters only: a citation of the document as a whole")
                .containsExactly("克拉玛依市人防系统", "克拉玛依市医疗保障局", "克拉玛依市商务局", "克拉玛依市档案局",
                        "克拉玛依市消防救援支队", "克拉玛依市统计局", "克拉玛依市财政局");
    }

    /**
     * Cells write one document number with 【】 or 〔〕 (the finance list: 银保监发【2018】1号 and
     * 银保监发〔2018〕1号): the version they name carries it once, the official way, and the cells keep
     * what they wrote in their history notes.
     */
    @Test
    void shouldGiveEachVersionOneDocumentNumberWhateverTheCellsBrackets() {
        assertThat(Fixtures.select(store, "SELECT ?v WHERE { ?v qz:documentNumber ?a , ?b FILTER(?a < ?b) }"))
                .as("versions with two document numbers").isEmpty();
        assertThat(Fixtures.select(store, "SELECT DISTINCT ?n WHERE { ?v qz:documentNumber ?n FILTER(CONTAINS(?n, \"银保监发\")) }"))
                .extracting(r -> r.get("n")).containsExactly("银保监发〔2018〕1号");
        assertThat(Fixtures.select(store, "SELECT DISTINCT ?h WHERE { ?c qz:historyNote ?h FILTER(CONTAINS(?h, \"银保监发【2018】\")) }"))
                .as("the cell's own spelling kept verbatim").isNotEmpty();
    }

    @Test
    void shouldResolveABodyNamedRelativeToItsCityToTheDepartment() {
        assertThat(Fixtures.select(store, "SELECT DISTINCT ?body WHERE { ?l qz:department ?d ; qz:hasPower/qz:implementingBody ?d . "
                + "?d rdfs:label ?body } ORDER BY ?body")).extracting(r -> r.get("body"))
                .contains("克拉玛依市统计局", "玉林市国家保密局");
        assertThat(Fixtures.value(store, "SELECT ?alt WHERE { ?o skos:prefLabel \"克拉玛依市统计局\"@zh ; skos:altLabel ?alt }"))
                .isEqualTo("市统计局");
    }

    /**
     * An undated citation gets the version in force on 1 January of its list's year when the law library
     * knows the document, marked as inferred; otherwise the version "as cited in the list's year".
     */
    @Test
    void shouldInferTheVersionOfAnUndatedCitationOrNameItAfterTheListsYear() {
        // medical-security-bureau-2024.xls cites 基本医疗卫生与健康促进法 four times without a history note: its 2019 text.
        assertThat(Fixtures.select(store, """
                SELECT ?v ?m WHERE { ?c a qz:Citation ; qz:citesDocument/qz:shortTitle "基本医疗卫生与健康促进法" ;
                  qz:citesVersion ?v . OPTIONAL { ?c qz:versionMatch ?m } FILTER NOT EXISTS { ?c qz:historyNote ?h } }"""))
                .hasSize(4).allSatisfy(r -> {
                    assertThat(r.get("v")).isEqualTo(Fixtures.IRIS.version("基本医疗卫生与健康促进法", "2019-12-28"));
                    assertThat(r.get("m")).isEqualTo(QZ.VersionInferred.getURI());
                });
        assertThat(Fixtures.value(store, "SELECT (COUNT(?c) AS ?n) WHERE { ?c qz:versionMatch qz:VersionInferred }"))
                .isEqualTo("17");
        // Four documents cited without a version have no text in the library: each keeps the version as cited in
        // its list's year (实施《中华人民共和国社会保险法》若干规定 in the 2024 medical list, 人民防空工程平时开发利用管理办法
        // in the 2024 defense list, two documents of the 2025 finance list).
        assertThat(Fixtures.select(store, "SELECT DISTINCT ?v WHERE { ?c qz:citesVersion ?v FILTER(CONTAINS(STR(?v), \"/cited-\")) }"))
                .extracting(r -> r.get("v")).containsExactlyInAnyOrder(
                        Fixtures.IRIS.version("实施社会保险法若干规定", "cited-2024"),
                        Fixtures.IRIS.version("人民防空工程平时开发利用管理办法", "cited-2024"),
                        Fixtures.IRIS.version("财政检查工作办法", "cited-2025"),
                        Fixtures.IRIS.version("关于规范自治区小额贷款公司监督管理的实施意见", "cited-2025"));
        assertThat(Fixtures.value(store, "SELECT ?l WHERE { <" + Fixtures.IRIS.version("实施社会保险法若干规定", "cited-2024")
                + "> rdfs:label ?l }")).isEqualTo("实施《中华人民共和国社会保险法》若干规定（2024年清单所引版本）");
    }

    @Test
    void shouldNameEachCellBySheetSoThatSheetsNeverCollide() {
        assertThat(Fixtures.value(store, "SELECT ?t WHERE { <" + Fixtures.IRIS.sourceFile("commerce-bureau-2024.xlsx")
                + "/1/r22c2> qz:cellText ?t }")).isEqualTo("洗染业经营者备案");
        assertThat(Fixtures.value(store, "SELECT (COUNT(?c) AS ?n) WHERE { ?c a qz:SourceCell ; qz:sourceFile ?f . "
                + "?f qz:fileName \"archives-bureau-2024.xlsx\" }")).isEqualTo("1218");
    }

    @Test
    void shouldBundleAllEightLists() {
        assertThat(Source.bundled()).filteredOn(s -> s.kind() == SourceKind.LIST).extracting(Source::origin)
                .containsExactly("data/lists/karamay/archives-bureau-2024.xlsx", "data/lists/karamay/commerce-bureau-2024.xlsx",
                        "data/lists/karamay/defense-mobilization-office-2024.xlsx", "data/lists/karamay/finance-bureau-2025.xlsx",
                        "data/lists/karamay/fire-supervision-2025.xlsx", "data/lists/karamay/medical-security-bureau-2024.xls",
                        "data/lists/karamay/statistics-bureau-2025.xlsx", "data/lists/yulin-secrecy-bureau.txt");
    }

    /** A basis given for all the duties of a power (the Karamay lists' 责任事项依据 column) counts as a citation of the article. */
    @Test
    void shouldFindEveryCitationOfAnArticleWhateverItsRole() {
        Query citers = NamedQueries.load().find("article-citers").orElseThrow().query();
        List<Row> rows = Row.all(store.select(Bindings.bind(citers, Map.of("article",
                NodeFactory.createURI("https://w3id.org/quanze/id/law/行政处罚法/2021-01-22/article/55")))));
        // 63 of the six lists bundled before, and one in the duty basis of each of the defense list's 5 penalties.
        assertThat(rows).hasSize(68).allSatisfy(r -> assertThat(r.text("role")).isEqualTo("duty-basis"));
        assertThat(rows).extracting(r -> r.iri("entry")).allSatisfy(e -> assertThat(e).contains("/power/"));
    }

    /**
     * The article page counts the citations list by list and shows those of the first lists
     * (article-citers-by-list.rq, article-citers-in-list.rq): for every cited article, the same
     * rows, roles and counts as the query that reads them all through the union.
     */
    @Test
    void shouldCountAndShowTheCitersOfEveryArticleListByListAsTheWholeQueryDoes() {
        Query citers = NamedQueries.load().find("article-citers").orElseThrow().query();
        PageQueries pages = new PageQueries(store);
        List<ListChoice> titles = new ListTitles(pages, store).all();
        List<String> articles = Fixtures.select(store, """
                PREFIX qz: <https://w3id.org/quanze/ontology#>
                SELECT DISTINCT ?a WHERE { ?c qz:citesArticle ?a } ORDER BY ?a""").stream().map(r -> r.get("a")).toList();
        assertThat(articles).as("articles cited by the eight list files").hasSize(433);
        for (String article : articles) {
            Map<String, Node> param = Map.of("article", NodeFactory.createURI(article));
            List<Row> all = Row.all(store.select(Bindings.bind(citers, param)));
            List<CitedBy.ListTally> lists = CitedBy.lists(pages, Fixtures.IRIS, titles, article);
            Map<String, Long> expected = all.stream().collect(Collectors.groupingBy(r -> r.iri("list") + " " + r.text("role"),
                    Collectors.counting()));
            Map<String, Long> counted = new java.util.HashMap<>();
            lists.forEach(t -> t.counts().forEach((role, n) -> counted.put(t.list() + " " + role, n)));
            assertThat(counted).as(article).isEqualTo(expected);

            List<String> inLists = lists.stream().flatMap(t -> pages.rows("article-citers-in-list", Map.of("article",
                    NodeFactory.createURI(article), "graph", NodeFactory.createURI(t.graph()), "list",
                    NodeFactory.createURI(t.list()))).stream())
                    .map(r -> key(CitationRole.backing(r.iri("backs")).code(), r)).toList();
            assertThat(inLists).as(article).containsExactlyInAnyOrderElementsOf(all.stream()
                    .map(r -> key(r.text("role"), r)).toList());
            assertThat(lists).extracting(CitedBy.ListTally::title).as(article).isSorted();
        }
    }

    /**
     * A basis given for all the duties of a power is checked like any other: of the Karamay lists' 1,423
     * such citations, 1,158 raise no finding, and the findings of the other 265 are stored and read back as duty-basis citations of the power, without a duty number (counted by
     * SPARQL over the store: findings about a citation a power gives as qz:dutiesBasis, by kind).
     */
    @Test
    void shouldCheckTheBasisGivenForAllTheDutiesOfAPower() {
        List<HealthFinding> findings = HealthGraph.read(GraphReader.of(store), null);
        // 584 (the health CSV of a store loaded with `quanze load`, counted by kind apart from this code).
        assertThat(findings).hasSize(584);
        List<HealthFinding> whole = findings.stream().filter(f -> f.about().citation() != null && f.about().citation().contains("/duty-basis/")
                && f.about().entry().matches(".*/power/[\\d-]+")).toList();
        assertThat(whole).hasSize(265).allSatisfy(f -> {
            assertThat(f.about().role().code()).isEqualTo("duty-basis");
            assertThat(f.about().entryNumber()).isNull();
        });
        assertThat(whole.stream().collect(Collectors.groupingBy(HealthFinding::kind, Collectors.counting()))).isEqualTo(Map.of(
                FindingKind.OTHER_VERSION, 110L, FindingKind.UNVERIFIABLE, 125L, FindingKind.MINOR_MISQUOTE, 17L,
                FindingKind.MISQUOTE, 12L, FindingKind.NO_SUCH_ARTICLE, 1L));
        assertThat(findings).filteredOn(f -> !f.place().listTitle().startsWith("玉林")).hasSize(533);
    }

    /**
     * The impact report reads a version's citations from the version's end
     * (impact-citations-of-version.rq): for every cited version, the same records as reading every
     * citation from the lists and keeping that version's, for all lists and for each one.
     */
    @Test
    void shouldReadTheCitationsOfEachVersionAsFromTheLists() {
        GraphReader reader = GraphReader.of(store);
        List<CitationRecord> all = Citations.all(reader);
        // Every citation of an article (a document cited as a whole names none).
        assertThat(all).hasSize(74 + 14 + 58 + 154 + 149 + 998 + 162 + 261);
        Map<String, List<CitationRecord>> byVersion = all.stream().collect(Collectors.groupingBy(c -> c.resolved().version()));
        assertThat(byVersion).hasSizeGreaterThan(40);
        byVersion.forEach((version, records) -> {
            assertThat(Citations.ofVersion(reader, version, null)).as(version).isEqualTo(records);
            String list = records.get(0).source().list();
            assertThat(Citations.ofVersion(reader, version, list)).as(version + " in " + list)
                    .isEqualTo(records.stream().filter(r -> r.source().list().equals(list)).toList());
        });
    }

    /**
     * A page of the impact report counts a version's citations with a query of its own
     * (impact-summary-citations.rq) and reads those it shows by their IRIs: for every cited version,
     * the same citations with the same list, power, unit and article as the records read in full, for
     * all lists and for one; and the same records read by their IRIs.
     */
    @Test
    void shouldCountTheCitationsOfEachVersionAsTheRecordsReadInFull() {
        GraphReader reader = GraphReader.of(store);
        Map<String, List<CitationRecord>> byVersion = Citations.all(reader).stream()
                .collect(Collectors.groupingBy(c -> c.resolved().version()));
        byVersion.forEach((version, records) -> {
            assertThat(ImpactReports.summary(reader, version, null)).as(version).containsExactlyInAnyOrderElementsOf(
                    records.stream().map(AllListsTest::counted).toList());
            String list = records.get(0).source().list();
            assertThat(ImpactReports.summary(reader, version, list)).as(version + " in " + list)
                    .containsExactlyInAnyOrderElementsOf(records.stream().filter(r -> r.source().list().equals(list))
                            .map(AllListsTest::counted).toList());
            assertThat(Citations.ofIris(reader, records.stream().map(CitationRecord::iri).toList())).as(version)
                    .isEqualTo(records);
        });
    }

    private static SummaryCitation counted(CitationRecord r) {
        return new SummaryCitation(r.iri(), r.source().list(), r.source().listTitle(), r.backs().power(),
                r.backs().powerNumber(), r.backs().unitName(), r.resolved().article(), r.resolved().articleNumber());
    }

    /** A citer as both queries give it; the page's query gives the class of what is backed, which names the role. */
    private static String key(String role, Row r) {
        return String.join(" ", role, r.iri("list"), r.iri("entry"), r.iri("citation"),
                r.has("quotedText") ? r.text("quotedText") : "-", r.text("label"));
    }
}
