package org.quanze.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quanze.Fixtures;
import org.quanze.health.ReadingFinding;
import org.quanze.health.ReadingFindings;
import org.quanze.ingest.WarningKind;
import org.quanze.queries.Bindings;
import org.quanze.queries.NamedQueries;
import org.quanze.queries.Row;
import org.quanze.reading.GraphReader;
import org.quanze.store.Tdb2Store;
import org.quanze.vocab.QZ;

/**
 * The two lists that failed whole when issue 11 was filed, each because of one cell: each slip is
 * now read past in its cell only, reported with its file, sheet, row and column, and kept as a
 * finding in the list's graph; a strict load refuses the same files and changes nothing.
 */
class SlipsTest {

    private static final String DEFENSE = "defense-mobilization-office-2024.xlsx";
    private static final String FINANCE = "finance-bureau-2025.xlsx";
    private static final List<Path> FILES = List.of(Path.of("data/lists/karamay", DEFENSE), Path.of("data/lists/karamay", FINANCE));

    private static Tdb2Store store;
    private static LoadReport report;

    @BeforeAll
    static void load() {
        store = Fixtures.loadedStore();
        report = Fixtures.loader(store).load(Source.fromPaths(FILES), LoadListener.NONE);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void shouldLoadBothListsWhoseSlipsOnceFailedThemWhole() {
        assertThat(report.hasFailures()).as("%s", report).isFalse();
        assertThat(report.files()).extracting(FileReport::status).containsOnly(FileReport.Status.LOADED);
        assertThat(store.validate()).isEmpty();
    }

    /**
     * One real cell per kind of slip the two lists have (no bundled list has a 【 never closed: that
     * one is shown on a cell of its own in CitationParserTest): the warning names the file, sheet,
     * row and column, and the list's graph keeps the finding on that very cell, verbatim.
     */
    @ParameterizedTest(name = "{0} in {1}, sheet {2}, row {3}, column {4}")
    @CsvSource(delimiter = '|', textBlock = """
            unclosed-title      | defense-mobilization-office-2024.xlsx | 行政处罚（5项） | 7  | 5 | 《新疆维吾尔自治区实施〈中华人民共和国人民防空法〉办法（2007年9月28日
            unclosed-history    | finance-bureau-2025.xlsx              | Sheet1         | 5  | 7 | 《中华人民共和国会计法》(1985年1月21日
            unclosed-history    | finance-bureau-2025.xlsx              | Sheet1         | 22 | 7 | 《新疆维吾尔自治区交易场所监督管理办法》（新政发〔2017〕95号
            unbalanced-brackets | finance-bureau-2025.xlsx              | Sheet1         | 17 | 9 | 《国务院关于修改部分行政法规的决定》（2019年4月国务院令第714号修正）
            missing-title       | finance-bureau-2025.xlsx              | Sheet1         | 12 | 7 | 第七十八条：采购代理机构在代理政府采购业务中有违法行为的
            unmarked-article    | finance-bureau-2025.xlsx              | Sheet1         | 20 | 9 | 三十八条：小额贷款公司有下列变更事项的
            """)
    void shouldReportEachSlipOnItsCellAndKeepItAsAFinding(String kind, String file, String sheet, int row, int column,
                                                         String cellText) {
        WarningKind slip = WarningKind.ofCode(kind).orElseThrow();
        assertThat(slip.slip()).isTrue();
        String place = file + ", sheet \"" + sheet + "\", row " + row + ", column " + column + ": ";
        assertThat(report.files()).flatExtracting(FileReport::warnings)
                .anySatisfy(w -> {
                    assertThat(w.kind()).isEqualTo(slip);
                    assertThat(w.toString()).startsWith(place);
                });
        List<ReadingFinding> kept = ReadingFindings.withCellTexts(GraphReader.of(store),
                ReadingFindings.read(GraphReader.of(store), null).stream()
                        .filter(f -> f.kind() == slip && f.fileName().equals(file) && sheet.equals(f.sheet())
                                && f.row() == row && f.column() == column).toList());
        assertThat(kept).singleElement().satisfies(f -> {
            assertThat(f.cellText()).contains(cellText);
            assertThat(f.cell()).endsWith("/r" + row + "c" + column);
            assertThat(f.message()).isNotBlank();
            assertThat(f.list()).isNotNull();
        });
    }

    /** What can still be read is read: the citations the slips stand beside, as a person reads them. */
    @Test
    void shouldReadWhatTheSlippedCellsStillSay() {
        assertThat(citations(DEFENSE, "行政处罚（5项）/r7c5")).containsExactlyInAnyOrder(
                "人民防空法 48 2009-08-27", "新疆维吾尔自治区实施人民防空法办法 32 2007-09-28",
                "新疆维吾尔自治区城市防空地下室易地建设收费办法 7 2021");
        assertThat(citations(FINANCE, "Sheet1/r5c7")).containsExactly("会计法 40 2024-06-28");
        assertThat(citations(FINANCE, "Sheet1/r22c7")).containsExactlyInAnyOrder(
                "新疆维吾尔自治区交易场所监督管理办法 7 2017", "新疆维吾尔自治区交易场所监督管理办法 16 2017");
        assertThat(citations(FINANCE, "Sheet1/r20c9")).contains("关于印发新疆维吾尔自治区小额贷款公司管理暂行办法的通知 38 2017");
        assertThat(citations(FINANCE, "Sheet1/r12c7")).isNotEmpty().noneMatch(c -> c.startsWith("政府采购法 78"));
        assertThat(citations(FINANCE, "Sheet1/r17c9")).contains("企业所得税法实施条例 84 2019-04-23");
    }

    /** The month-precision version keeps its precision for a later match with dated versions. */
    @Test
    void shouldKeepAMonthPrecisionVersionAsSuch() {
        // 国有企业资产与产权变动档案处置暂行办法 (archives list), 1998年3月: no text of it is known, the version keeps its month.
        assertThat(Fixtures.select(Fixtures.bundledStore(), """
                SELECT ?label ?period ?precision WHERE {
                  ?v a qz:LegalDocumentVersion ; rdfs:label ?label ; qz:partialDate ?period ; qz:datePrecision ?precision
                  FILTER(STRENDS(STR(?v), "/国有企业资产与产权变动档案处置暂行办法/1998-03")) }""")).singleElement()
                .satisfies(r -> assertThat(List.of(r.get("label"), r.get("period"), r.get("precision")))
                        .containsExactly("国有企业资产与产权变动档案处置暂行办法（1998-03）", "1998-03", "month"));
        // 企业所得税法实施条例 revised 2019年4月 (finance list): the law library's text of that month, 2019-04-23, said to be
        // found by its period.
        assertThat(Fixtures.select(store, """
                SELECT DISTINCT ?v ?m WHERE { ?c qz:citesVersion ?v ; qz:versionMatch ?m
                  FILTER(CONTAINS(STR(?v), "/企业所得税法实施条例/")) }""")).singleElement()
                .satisfies(r -> assertThat(List.of(r.get("v"), r.get("m"))).containsExactly(
                        Fixtures.IRIS.version("企业所得税法实施条例", "2019-04-23"), QZ.VersionInPeriod.getURI()));
    }

    @Test
    void shouldListTheSlipsInTheNamedQueryOfFindings() {
        var query = NamedQueries.load().find("citation-health").orElseThrow().query();
        List<Row> rows = Row.all(store.select(Bindings.bind(query, Map.of("kind",
                NodeFactory.createLiteralString("unclosed-title")))));
        assertThat(rows).filteredOn(r -> "unclosed-title".equals(r.text("kind"))).singleElement().satisfies(r -> {
            assertThat(List.of(r.text("file"), r.text("sheet"), r.text("row"), r.text("column")))
                    .containsExactly(DEFENSE, "行政处罚（5项）", "7", "5");
            assertThat(r.text("citedText")).contains("《新疆维吾尔自治区实施〈中华人民共和国人民防空法〉办法（");
            assertThat(r.text("message")).contains("has no 》");
            assertThat(r.iri("list")).endsWith("/list/defense-mobilization-office-2024-4");
        });
    }

    @Test
    void shouldRefuseTheSameFilesWhenStrictNamingEachSlipAndChangeNothing() {
        try (Tdb2Store strict = Fixtures.loadedStore()) {
            List<String> before = quads(strict);
            LoadReport refused = Fixtures.loader(strict).load(Source.fromPaths(FILES), LoadListener.NONE,
                    LoadOptions.DEFAULT.strict(true));
            assertThat(refused.files()).extracting(FileReport::status).containsOnly(FileReport.Status.FAILED);
            assertThat(refused.files().get(0).error()).startsWith(DEFENSE + ": refused by a strict load: 1 slip")
                    .contains(DEFENSE + ", sheet \"行政处罚（5项）\", row 7, column 5: 《新疆维吾尔自治区实施");
            assertThat(refused.files().get(1).error()).startsWith(FINANCE + ": refused by a strict load: 15 slips")
                    .contains(FINANCE + ", sheet \"Sheet1\", row 5, column 7: the history note")
                    .contains(FINANCE + ", sheet \"Sheet1\", row 12, column 7: 第七十八条 names no document")
                    .contains(FINANCE + ", sheet \"Sheet1\", row 20, column 9: 三十八条 lacks its 第")
                    .contains(FINANCE + ", sheet \"Sheet1\", row 17, column 9: the brackets of a history note do not balance");
            assertThat(refused.written()).isFalse();
            assertThat(quads(strict)).as("the store after a strict load refused both files").isEqualTo(before);
        }
    }

    /** Each citation of a cell as "document article version". */
    private static List<String> citations(String file, String cell) {
        return Fixtures.select(store, """
                SELECT ?doc ?article ?version WHERE {
                  ?c a qz:Citation ; prov:wasDerivedFrom ?cell ; qz:ordinal ?o ; qz:citesDocument/qz:shortTitle ?doc ;
                     qz:citesArticle/qz:articleNumber ?article ; qz:citesVersion ?v .
                  FILTER NOT EXISTS { ?c qz:repeats ?r }
                  BIND(REPLACE(STR(?v), "^.*/", "") AS ?version)
                  FILTER(?cell = <%s>) }""".formatted(Fixtures.IRIS.sourceFile(file) + "/" + cell))
                .stream().map(r -> r.get("doc") + " " + r.get("article") + " " + r.get("version")).distinct().toList();
    }

    private static List<String> quads(Tdb2Store s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.export(out, Lang.NQUADS);
        return Arrays.stream(out.toString(StandardCharsets.UTF_8).split("\n")).sorted().toList();
    }
}
