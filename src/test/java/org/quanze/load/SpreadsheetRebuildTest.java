package org.quanze.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quanze.Fixtures;
import org.quanze.ingest.sheet.TableFiles;
import org.quanze.ingest.table.SourceRow;
import org.quanze.ingest.table.SourceTable;
import org.quanze.store.Tdb2Store;

/**
 * Nothing of a published spreadsheet is lost: every table of each Karamay list, rebuilt from the
 * graph alone, equals what the sheet reader reads from the file — sheet, title, every row with its
 * sheet row, every cell with its column and text, blank ones included. (That the sheet reader
 * itself misses no cell of the file is what ingest.sheet.LosslessTest shows against plain POI.)
 */
class SpreadsheetRebuildTest {

    private static final Path KARAMAY = Path.of("data", "lists", "karamay");
    private static Tdb2Store store;

    @BeforeAll
    static void load() {
        store = Fixtures.emptyStore();
        LoadReport report = Fixtures.loader(store).load(Source.fromPaths(List.of(KARAMAY)), LoadListener.NONE);
        assertThat(report.hasFailures()).as("%s", report).isFalse();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"statistics-bureau-2025.xlsx", "archives-bureau-2024.xlsx", "medical-security-bureau-2024.xls",
            "commerce-bureau-2024.xlsx", "fire-supervision-2025.xlsx"})
    void shouldRebuildEveryTableCellByCellFromTheGraph(String file) {
        List<SourceTable> read = TableFiles.standard().read(KARAMAY.resolve(file));
        List<SourceTable> rebuilt = new ListRebuilder(store).rebuildTables(file);
        assertThat(rebuilt).hasSameSizeAs(read);
        for (int t = 0; t < read.size(); t++) {
            SourceTable expected = read.get(t);
            SourceTable actual = rebuilt.get(t);
            assertThat(actual.part()).isEqualTo(expected.part());
            assertThat(actual.titleLine()).isEqualTo(expected.titleLine());
            assertThat(actual.rows()).hasSameSizeAs(expected.rows());
            for (int r = 0; r < expected.rows().size(); r++) {
                SourceRow row = expected.rows().get(r);
                assertThat(actual.rows().get(r)).as("%s table %d row %d", file, t + 1, row.number()).isEqualTo(row);
            }
        }
    }
}
