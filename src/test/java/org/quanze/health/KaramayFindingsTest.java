package org.quanze.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quanze.Fixtures;
import org.quanze.ingest.WhiteSpace;
import org.quanze.law.LawLibrary;
import org.quanze.load.LoadListener;
import org.quanze.load.LoadReport;
import org.quanze.load.Source;
import org.quanze.reading.GraphReader;
import org.quanze.store.Tdb2Store;

/**
 * Each kind of finding that occurs on the Karamay lists, on one real cell of a bundled list: the test
 * reads the cell from the published workbook itself (POI) and the article from the law library's
 * Markdown (by its own reading of the lines), and checks the finding against both. The kinds that do
 * not occur on these lists (level-mismatch: their tags are 【法规】 and 【规章】, not levels; chapter-mismatch)
 * are pinned on the Yulin list by CitationHealthTest.
 */
class KaramayFindingsTest {

    private static final Path KARAMAY = Path.of("data/lists/karamay");
    private static final Path NATIONAL = Path.of("data/laws/national");
    private static Tdb2Store store;
    private static List<HealthFinding> findings;

    @BeforeAll
    static void load() {
        store = Fixtures.emptyStore();
        LoadReport report = Fixtures.loader(store).load(Source.bundled(), LoadListener.NONE);
        assertThat(report.written()).isTrue();
        findings = HealthGraph.read(GraphReader.of(store), null);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** The text of a cell as the workbook shows it: sheet by name, row and column from 1 as the finding names them. */
    private static String cell(String file, String sheet, int row, int column) throws IOException {
        try (Workbook book = WorkbookFactory.create(new File(KARAMAY.resolve(file).toString()), null, true)) {
            return new DataFormatter().formatCellValue(book.getSheet(sheet).getRow(row - 1).getCell(column - 1));
        }
    }

    /** The lines of an article in a Markdown text of the library, its label taken off, blank lines left out. */
    private static List<String> article(String path, String label) throws IOException {
        return Fixtures.articleLines(NATIONAL.resolve(path), label);
    }

    private static HealthFinding finding(String file, int row, int column, FindingKind kind, String reference) {
        return findings.stream().filter(f -> f.place().fileName().equals(file) && f.place().row() == row && f.place().column() == column
                && f.kind() == kind && reference.equals(f.cites().reference())).findFirst().orElseThrow();
    }

    private static String compact(String text) {
        return WhiteSpace.removeAll(text);
    }

    @Test
    void shouldFindTheWordsTheRevisionOf2021ChangedAsAMisquote() throws IOException {
        // fire-supervision-2025.xlsx, Sheet1, row 28, column 7 (实施依据): 消防法 as revised on 2021-04-29, 第十七条.
        String cell = cell("fire-supervision-2025.xlsx", "Sheet1", 28, 7);
        assertThat(cell).contains("根据2021年4月29日").contains("并由公安机关报本级人民政府备案");
        List<String> official = article("行政法/消防法(2021-04-29).md", "第十七条");
        assertThat(official.get(0)).contains("并由应急管理部门报本级人民政府备案").doesNotContain("公安机关");

        HealthFinding f = finding("fire-supervision-2025.xlsx", 28, 7, FindingKind.MISQUOTE, "第十七条");
        assertThat(f.found().citedText()).contains("由公安机关报");
        assertThat(compact(f.found().knownText())).isEqualTo(compact(String.join("", official)));
        assertThat(f.found().comparedWith()).isEqualTo(Fixtures.IRIS.article(Fixtures.IRIS.version("消防法", "2021-04-29"), 17));
    }

    @Test
    void shouldFindAnExcerptOfAListThatOnlyChangesTheItemsPunctuationAMinorMisquote() throws IOException {
        // fire-supervision-2025.xlsx, Sheet1, row 6, column 7: 第六十条 (cited 第六十条第一款第（二）项和第二款) — the lead, item (二)
        // ending 。 where the law ends it ；, and the second paragraph.
        String cell = cell("fire-supervision-2025.xlsx", "Sheet1", 6, 7);
        assertThat(cell).contains("（二）损坏、挪用或者擅自拆除、停用消防设施、器材的。");
        List<String> official = article("行政法/消防法(2021-04-29).md", "第六十条");
        assertThat(official.get(2)).isEqualTo("（二）损坏、挪用或者擅自拆除、停用消防设施、器材的；");
        assertThat(official.get(8)).startsWith("个人有前款第二项、第三项、第四项、第五项行为之一的");

        // The cell lists its references (第六十条第一款第（二）项和第二款) and then quotes the article on a line of its own: each
        // reference it listed carries that quote.
        HealthFinding f = finding("fire-supervision-2025.xlsx", 6, 7, FindingKind.MINOR_MISQUOTE, "第六十条第一款第（二）项");
        assertThat(compact(f.found().knownText())).isEqualTo(compact(official.get(0) + official.get(2) + official.get(8)));
        assertThat(findings).filteredOn(x -> x.about().citation() != null && x.about().citation().equals(f.about().citation())
                && x.kind() == FindingKind.MISQUOTE).isEmpty();
    }

    @Test
    void shouldFindAParagraphTheArticleDoesNotHave() throws IOException {
        // archives-bureau-2024.xlsx, Sheet1, row 53, column 11 (责任事项依据): 档案法实施办法 第二十二条第四款; the 2017 text's
        // 第二十二条 is one paragraph (its lead and seven items).
        String cell = cell("archives-bureau-2024.xlsx", "Sheet1", 53, 11);
        assertThat(cell).contains("2017年3月1日国务院令第676号").contains("第二十二条第四款");
        List<String> official = article("行政法规/档案法实施办法(2017-03-01).md", "第二十二条");
        assertThat(official).hasSize(8).allSatisfy(l -> assertThat(l).matches(official.indexOf(l) == 0 ? ".*：$" : "^\\(.*"));

        HealthFinding f = finding("archives-bureau-2024.xlsx", 53, 11, FindingKind.NO_SUCH_ARTICLE, "第二十二条第四款");
        assertThat(f.found().citedText()).isEqualTo("第二十二条第四款");
        assertThat(compact(f.found().knownText())).isEqualTo(compact(String.join("", official)));
    }

    @Test
    void shouldCompareACitationOfAVersionTheLibraryLacksWithAnotherVersionOnlyInAFindingOfItsOwn() throws IOException {
        // medical-security-bureau-2024.xls, Sheet1, row 3, column 7: 社会保险法 （2010年10月28日通过） 第八十七条. The library
        // holds the 2018-12-29 text only: the quote is compared with it, and said so; no misquote is claimed.
        String cell = cell("medical-security-bureau-2024.xls", "Sheet1", 3, 7);
        assertThat(cell).contains("《中华人民共和国社会保险法》（2010年10月28日通过）").contains("处骗取金额二倍以上五倍以下的罚款;");
        assertThat(LawLibrary.bundled().versions("社会保险法")).extracting(LawLibrary.Text::slug).containsExactly("2018-12-29");
        List<String> official = article("社会法/社会保险法(2018-12-29).md", "第八十七条");

        HealthFinding f = finding("medical-security-bureau-2024.xls", 3, 7, FindingKind.OTHER_VERSION, "第八十七条");
        assertThat(f.cites().version()).isEqualTo(Fixtures.IRIS.version("社会保险法", "2010-10-28"));
        assertThat(f.found().comparedWith()).isEqualTo(Fixtures.IRIS.article(Fixtures.IRIS.version("社会保险法", "2018-12-29"), 87));
        assertThat(f.found().knownFrom()).isEqualTo(HealthFinding.OTHER_VERSION_TEXT);
        assertThat(compact(f.found().knownText())).isEqualTo(compact(official.get(0)));
        assertThat(findings).filteredOn(x -> f.about().citation().equals(x.about().citation())).extracting(HealthFinding::kind)
                .containsExactly(FindingKind.OTHER_VERSION);
    }

    @Test
    void shouldSayACitationOfADocumentTheLibraryLacksCannotBeChecked() throws IOException {
        // fire-supervision-2025.xlsx, Sheet1, row 36, column 7: 新疆维吾尔自治区消防条例, a regional regulation the national
        // corpus does not hold (no title of the library comes close).
        String cell = cell("fire-supervision-2025.xlsx", "Sheet1", 36, 7);
        assertThat(cell).startsWith("【地方性法规】《新疆维吾尔自治区消防条例》").contains("第二十八条 建设工程施工现场的消防安全由施工单位负责。");
        assertThat(LawLibrary.bundled().versions("新疆维吾尔自治区消防条例")).isEmpty();
        assertThat(LawLibrary.bundled().closest("新疆维吾尔自治区消防条例", 3, 0.5)).isEmpty();

        // The cell names its references (第二十八条第一款, 第二款, 第七十二条第一款) before quoting the articles: each reference
        // listed has its finding.
        HealthFinding f = finding("fire-supervision-2025.xlsx", 36, 7, FindingKind.UNVERIFIABLE, "第二十八条第一款");
        assertThat(f.found().knownText()).isNull();
        assertThat(f.found().knownFrom()).isEqualTo(HealthFinding.NOT_IN_LIBRARY);
        assertThat(f.found().comparedWith()).isNull();
    }

    @Test
    void shouldNameTheLibrarysClosestTitlesForADocumentItLacks() throws IOException {
        // medical-security-bureau-2024.xls, Sheet1, row 3, column 7 also cites 实施《中华人民共和国社会保险法》若干规定 第二十五条:
        // the library has no such text, but the law it implements. Of the library's titles only 中华人民共和国社会保险法 comes
        // close to the key 实施社会保险法若干规定: the 4 character pairs of 社会保险法 are 4 of its 10, 2 × 4 / (10 + 4) = 0.57
        // (at least 0.5 is close; counted apart over the titles of data/laws).
        assertThat(cell("medical-security-bureau-2024.xls", "Sheet1", 3, 7)).contains("实施《中华人民共和国社会保险法》若干规定 第二十五条");
        assertThat(LawLibrary.bundled().versions("实施社会保险法若干规定")).isEmpty();
        HealthFinding f = finding("medical-security-bureau-2024.xls", 3, 7, FindingKind.UNVERIFIABLE, "第二十五条");
        assertThat(f.found().knownFrom()).isEqualTo(HealthFinding.LIBRARY_TITLES);
        assertThat(f.found().knownText()).isEqualTo("《中华人民共和国社会保险法》");
        assertThat(f.found().comparedWith()).isNull();
    }
}
