package org.quanze.revise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quanze.Fixtures;
import org.quanze.graph.CitationRole;
import org.quanze.health.FindingKind;
import org.quanze.health.HealthFinding;
import org.quanze.health.HealthGraph;
import org.quanze.impact.correspondence.ChangeType;
import org.quanze.ingest.table.SourceCell;
import org.quanze.ingest.table.SourceRow;
import org.quanze.ingest.table.SourceTable;
import org.quanze.load.ListRebuilder;
import org.quanze.load.LoadListener;
import org.quanze.load.LoadReport;
import org.quanze.load.Source;
import org.quanze.load.SourceKind;
import org.quanze.reading.GraphReader;
import org.quanze.store.Tdb2Store;

/**
 * The seed list revised for the 2024 secrecy law and its 2024 regulation at once, written as text and
 * as a workbook and loaded back as a list: every revised citation cites the 2024 article the
 * correspondence gives and quotes its official text (the health check finds no misquote and no chapter
 * mismatch on them), and every cell the revision does not touch is the published cell, byte for byte.
 */
class RevisedListTest {

    private static final String YULIN_FILE = "yulin-secrecy-bureau.txt";
    private static final List<DocumentRevision> SECRECY_2024 = List.of(
            new DocumentRevision("保守国家秘密法", "2010", "2024"),
            new DocumentRevision("中华人民共和国保守国家秘密法实施条例", "2014", "2024"));
    private static final Set<String> SECRECY = Set.of("保守国家秘密法", "保守国家秘密法实施条例");
    private static final Set<FindingKind> TEXT_FINDINGS = Set.of(FindingKind.MISQUOTE, FindingKind.MINOR_MISQUOTE,
            FindingKind.CHAPTER_MISMATCH, FindingKind.NO_SUCH_ARTICLE, FindingKind.OTHER_VERSION);

    private static Tdb2Store store;
    private static Draft draft;

    @BeforeAll
    static void draft() {
        store = Fixtures.loadedStore();
        Fixtures.ASSEMBLY.impactGraphs().refresh(store);
        draft = new Reviser(Fixtures.IRIS).draft(store, Fixtures.IRIS.list("yulin-secrecy-bureau"), SECRECY_2024);
        byte[] text = new DraftWriter().write(draft, DraftFormat.TXT);
        byte[] xlsx = new DraftWriter().write(draft, DraftFormat.XLSX);
        LoadReport report = Fixtures.loader(store).load(List.of(
                new Source("test", "yulin-revised.txt", SourceKind.LIST, text),
                new Source("test", "yulin-revised-sheet.xlsx", SourceKind.LIST, xlsx)), LoadListener.NONE);
        assertThat(report.hasFailures()).as("%s", report).isFalse();
        Fixtures.ASSEMBLY.impactGraphs().refresh(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void shouldProposeAChangeForEveryCitationOfBothOldVersions() {
        // Counted apart from the reviser: the list's citations of the 2010 law and the 2014 regulation that are
        // written out (a 同N repeats another item and changes with it).
        String count = Fixtures.value(store, """
                SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { GRAPH ?g { ?c a qz:Citation ; qz:citesVersion ?v
                  FILTER NOT EXISTS { ?c qz:repeats ?r } }
                  FILTER(?g = <%s>) FILTER(?v IN (<%s>, <%s>)) }""".formatted(Fixtures.IRIS.graph(YULIN_FILE),
                "https://w3id.org/quanze/id/law/保守国家秘密法/2010-04-29",
                "https://w3id.org/quanze/id/law/保守国家秘密法实施条例/2014-01-17"));
        assertThat(draft.proposals()).hasSize(Integer.parseInt(count));
        assertThat(draft.proposals()).allMatch(Proposal::changesText);
        assertThat(draft.proposals()).noneMatch(p -> p.reasons().contains(ReviewReason.NOT_REWRITABLE));
    }

    @Test
    void shouldCiteInTheRevisedListTheArticlesTheCorrespondenceGives() {
        for (String file : List.of("yulin-revised.txt", "yulin-revised-sheet.xlsx")) {
            List<String> cited = citations(file).stream().map(r -> r.get("power") + " " + r.get("role") + " "
                    + r.get("entry") + " " + r.get("article")).sorted().toList();
            List<String> proposed = new ArrayList<>();
            for (Proposal p : draft.proposals()) {
                for (int article : p.newArticles()) {
                    proposed.add(p.citation().backs().powerNumber() + " " + p.citation().backs().role().code() + " "
                            + (p.citation().backs().entryNumber() == null ? "" : p.citation().backs().entryNumber()) + " " + article);
                }
            }
            assertThat(cited).as(file).containsExactlyElementsOf(proposed.stream().sorted().toList());
            assertThat(citations(file)).extracting(r -> r.get("version")).as(file).containsOnly(
                    "https://w3id.org/quanze/id/law/保守国家秘密法/2024-02-27",
                    "https://w3id.org/quanze/id/law/保守国家秘密法实施条例/2024-07-10");
        }
    }

    @Test
    void shouldQuoteTheOfficial2024TextInEveryRevisedCitation() {
        for (String file : List.of("yulin-revised.txt", "yulin-revised-sheet.xlsx")) {
            List<HealthFinding> findings = HealthGraph.read(GraphReader.of(store), list(file)).stream()
                    .filter(f -> SECRECY.contains(f.cites().documentKey()) && TEXT_FINDINGS.contains(f.kind())).toList();
            assertThat(findings).as(file).isEmpty();
        }
        // The published list had such findings on these citations: the draft mended them.
        assertThat(HealthGraph.read(GraphReader.of(store), Fixtures.IRIS.list("yulin-secrecy-bureau")).stream()
                .filter(f -> SECRECY.contains(f.cites().documentKey()) && TEXT_FINDINGS.contains(f.kind()))).isNotEmpty();
    }

    @Test
    void shouldKeepEveryCellItDoesNotReviseByteForByte() throws Exception {
        List<SourceTable> published = new ListRebuilder(store).rebuildTables(YULIN_FILE);
        List<SourceTable> revised = new ListRebuilder(store).rebuildTables("yulin-revised.txt");
        Map<String, String> before = cells(published);
        Map<String, String> after = cells(revised);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        Set<String> changed = before.keySet().stream().filter(k -> !before.get(k).equals(after.get(k)))
                .collect(Collectors.toSet());
        assertThat(changed).hasSize(draft.changedCells()).isNotEmpty();
        // Only basis columns change: 7 实施依据, 9 责任事项依据, 11 追责依据.
        assertThat(changed).allMatch(k -> k.endsWith("c7") || k.endsWith("c9") || k.endsWith("c11"));
        String original = Files.readString(Path.of("data/lists", YULIN_FILE), StandardCharsets.UTF_8);
        String text = new String(new DraftWriter().write(draft, DraftFormat.TXT), StandardCharsets.UTF_8);
        // Outside the revised items the file is the published one: take every proposed item out of both.
        String rest = text;
        String restOriginal = original;
        for (Proposal p : draft.proposals()) {
            rest = rest.replace(p.proposedItem(), "§");
            restOriginal = restOriginal.replace(p.originalItem(), "§");
        }
        assertThat(rest).isEqualTo(restOriginal);
    }

    @Test
    void shouldExtendTheHistoryNoteWithTheRevisionAsTheOfficialTextRecordsIt() {
        Proposal regulation = draft.proposals().stream().filter(p -> p.documentKey().equals("保守国家秘密法实施条例")
                && p.change() == ChangeType.RENUMBERED).findFirst().orElseThrow();
        assertThat(regulation.proposedItem()).contains("（2014年1月17日国务院令第646号公布，2024年7月10日国务院令第786号修订）")
                .contains("第五章第七十二条");
        Proposal law = draft.proposals().stream().filter(p -> p.citation().backs().powerNumber() == 1
                && p.citation().backs().role() == CitationRole.POWER_BASIS && p.documentKey().equals("保守国家秘密法"))
                .findFirst().orElseThrow();
        // The official text's head names the day and the action of the 2024 revision, not the order: none is added.
        assertThat(law.proposedItem()).contains("（1988年9月5日主席令第6号公布，2010年4月29日主席令第28号修改，2024年2月27日修订）"
                + "第四章第五十二条第二款：保密行政管理部门对保密检查和案件调查处理中发现的");
        assertThat(law.change()).isEqualTo(ChangeType.MERGED);
        assertThat(law.reasons()).containsExactly(ReviewReason.MERGED);
    }

    @Test
    void shouldListEveryChangedCitationInTheSuggestionTableWithWhatNeedsReview() throws Exception {
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(new SuggestionTable().csv(draft))).getRecords();
        assertThat(rows).hasSize(draft.proposals().size());
        assertThat(rows).filteredOn(r -> r.get("需审核").equals("否"))
                .allSatisfy(r -> assertThat(r.get("变化类型")).isIn("renumbered", "unchanged"))
                .allSatisfy(r -> assertThat(r.get("审核理由")).isEmpty());
        assertThat(rows).filteredOn(r -> r.get("变化类型").equals("split"))
                .isNotEmpty().allSatisfy(r -> assertThat(r.get("审核理由")).contains("拆分"));
        // 条例 第四十四条 (追责依据 of every power) became 第七十二条 with the same words: mechanical.
        assertThat(rows).filteredOn(r -> r.get("原引用").equals("第五章第四十四条"))
                .isNotEmpty().allSatisfy(r -> {
                    assertThat(r.get("建议引用")).isEqualTo("第五章第七十二条");
                    assertThat(r.get("依据类别")).isEqualTo("追责依据");
                    assertThat(r.get("需审核")).isEqualTo("否");
                });
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(new SuggestionTable().xlsx(draft)))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(draft.proposals().size());
            assertThat(book.getSheetAt(0).getRow(0).getCell(15).getStringCellValue()).isEqualTo("原依据");
        }
    }

    private static String list(String file) {
        return Fixtures.select(store, "SELECT ?l WHERE { ?l a qz:PowerList ; prov:wasDerivedFrom ?f . ?f qz:fileName \""
                + file + "\" }").get(0).get("l");
    }

    /** The revised file's citations of the two documents, counted apart from the reviser. */
    private static List<Map<String, String>> citations(String file) {
        return Fixtures.select(store, """
                SELECT ?power ?role ?entry ?article ?version WHERE {
                  GRAPH <%s> {
                    ?c a qz:Citation ; qz:citesVersion ?version ; qz:citesArticle ?a ; qz:citesDocument ?d .
                    FILTER NOT EXISTS { ?c qz:repeats ?r }
                    ?a qz:articleNumber ?article .
                    { ?p qz:hasBasis ?c . BIND("power-basis" AS ?role) BIND("" AS ?entry) }
                    UNION { ?p qz:hasDuty ?e . ?e qz:hasBasis ?c ; qz:number ?entry . BIND("duty-basis" AS ?role) }
                    UNION { ?p qz:hasAccountabilityCase ?e . ?e qz:hasBasis ?c ; qz:number ?entry . BIND("case-basis" AS ?role) }
                    ?p a qz:Power ; qz:number ?power .
                  }
                  ?d qz:shortTitle ?key FILTER(?key IN ("保守国家秘密法", "保守国家秘密法实施条例"))
                }""".formatted(Fixtures.IRIS.graph(file)));
    }

    private static Map<String, String> cells(List<SourceTable> tables) {
        Map<String, String> cells = new java.util.LinkedHashMap<>();
        for (SourceTable t : tables) {
            for (SourceRow r : t.rows()) {
                for (SourceCell c : r.cells()) {
                    cells.put("r" + c.row() + "c" + c.column(), c.text());
                }
            }
        }
        return cells;
    }
}
