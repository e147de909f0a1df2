package org.quanze.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quanze.Fixtures;
import org.quanze.graph.CitationRole;
import org.quanze.graph.MintedIri;
import org.quanze.load.LoadListener;
import org.quanze.load.LoadReport;
import org.quanze.load.Source;
import org.quanze.reading.GraphReader;
import org.quanze.store.Tdb2Store;

/**
 * The dangling 同N findings of a sub-item power and of a workbook's cell name the right power and cell.
 * None of the bundled lists has a 同N that points nowhere (none has a 同N at all outside Yulin's text
 * export, which has no sub-items and no sheets), so this takes the real defence-mobilisation workbook
 * ({@code data/lists/karamay/defense-mobilization-office-2024.xlsx}, five sheets whose rows 4 to 8 share
 * their numbers) and adds a 同N pointing nowhere to two of its real 实施依据 cells, kept otherwise as
 * published: that of power 1-2 (the second row numbered 1 of sheet 行政许可（3项）: a sub-item), and
 * that of power 3 of sheet 行政检查（3项）, on the same sheet row 6 and column 5. The copy keeps the
 * file's name, so its IRIs are the real file's.
 */
class DanglingReferencesTest {

    private static final String FILE = "defense-mobilization-office-2024.xlsx";
    private static final String ID = Fixtures.IRIS.base();
    private static final String LICENSING = ID + "list/defense-mobilization-office-2024-2";
    private static final String INSPECTION = ID + "list/defense-mobilization-office-2024-1";

    @TempDir
    static Path dir;
    private static Tdb2Store store;

    @BeforeAll
    static void load() throws IOException {
        Path copy = dir.resolve(FILE);
        try (InputStream in = Files.newInputStream(Path.of("data/lists/karamay", FILE));
             Workbook book = new XSSFWorkbook(in)) {
            dangle(book, "行政许可（3项）", "5");
            dangle(book, "行政检查（3项）", "7");
            try (OutputStream out = Files.newOutputStream(copy)) {
                book.write(out);
            }
        }
        store = Fixtures.emptyStore();
        LoadReport report = Fixtures.loader(store).load(Source.fromPaths(List.of(copy)), LoadListener.NONE);
        assertThat(report.hasFailures()).as("%s", report).isFalse();
    }

    /** Numbers the 实施依据 of sheet row 6 as item 1 and adds item 2, a 同N with no item N. */
    private static void dangle(Workbook book, String sheet, String missing) {
        Cell basis = book.getSheet(sheet).getRow(5).getCell(4);
        assertThat(basis.getStringCellValue()).as("the real cell").startsWith("【");
        basis.setCellValue("1." + basis.getStringCellValue() + "\n2.同" + missing + ".");
    }

    private static List<HealthFinding> found() {
        return new DanglingReferences(Fixtures.IRIS).find(GraphReader.of(store));
    }

    @Test
    void shouldNameTheSubItemPowerByItsKey() {
        assertThat(found()).filteredOn(f -> f.place().list().equals(LICENSING)).singleElement().satisfies(f -> {
            assertThat(f.about().entry()).isEqualTo(LICENSING + "/power/1-2");
            assertThat(f.iri()).isEqualTo(LICENSING + "/power/1-2/power-basis/2/finding/dangling-reference");
            assertThat(f.about().powerNumber()).as("the number the list prints").isEqualTo(1);
            assertThat(f.about().role().code()).isEqualTo("power-basis");
            assertThat(f.found().citedText()).isEqualTo("2.同5.");
            assertThat(Fixtures.IRIS.parse(f.iri())).get().isEqualTo(new MintedIri.FindingIri(new MintedIri.BasisItemIri(
                    new MintedIri.PowerIri(new MintedIri.ListIri("defense-mobilization-office-2024-2"), "1-2"),
                    CitationRole.POWER_BASIS, false, 2), "dangling-reference", 1));
        });
    }

    @Test
    void shouldNameTheCellOfItsOwnSheet() {
        assertThat(found()).extracting(h -> h.place().list(), h -> h.place().cell()).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(INSPECTION, ID + "source/" + FILE + "/行政检查（3项）/r6c5"),
                org.assertj.core.groups.Tuple.tuple(LICENSING, ID + "source/" + FILE + "/行政许可（3项）/r6c5"));
        assertThat(found()).filteredOn(f -> f.place().list().equals(INSPECTION)).singleElement()
                .satisfies(f -> assertThat(f.about().entry()).isEqualTo(INSPECTION + "/power/3"));
    }

    /** The load's health graph keeps both, each joined to its cell's row and column (a cell that exists). */
    @Test
    void shouldKeepBothInTheHealthGraphWithTheirCells() {
        assertThat(HealthGraph.read(GraphReader.of(store), null)).filteredOn(f -> f.kind() == FindingKind.DANGLING_REFERENCE)
                .extracting(h -> h.about().entry(), h -> h.place().cell()).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(INSPECTION + "/power/3", ID + "source/" + FILE + "/行政检查（3项）/r6c5"),
                        org.assertj.core.groups.Tuple.tuple(LICENSING + "/power/1-2", ID + "source/" + FILE + "/行政许可（3项）/r6c5"));
    }
}
