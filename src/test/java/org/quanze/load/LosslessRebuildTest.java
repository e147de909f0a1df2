package org.quanze.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.quanze.Fixtures;
import org.quanze.ingest.table.SourceCell;
import org.quanze.ingest.table.SourceRow;
import org.quanze.ingest.table.SourceTable;
import org.quanze.ingest.table.TextTableReader;
import org.quanze.ingest.table.TextTableWriter;
import org.quanze.store.Tdb2Store;

/** The list rebuilt from the graph alone equals the published file, cell by cell and byte by byte. */
class LosslessRebuildTest {

    @AutoClose
    private static final Tdb2Store store = Fixtures.loadedStore();

    @Test
    void shouldRebuildEveryCellOfTheListFromTheGraph() {
        SourceTable source = new TextTableReader().read("yulin-secrecy-bureau.txt", Fixtures.bytes(Fixtures.YULIN));
        SourceTable rebuilt = new ListRebuilder(store).rebuild("yulin-secrecy-bureau.txt").orElseThrow();
        assertThat(rebuilt.titleLine()).isEqualTo(source.titleLine());
        assertThat(rebuilt.rows()).hasSameSizeAs(source.rows());
        for (int r = 0; r < source.rows().size(); r++) {
            SourceRow expected = source.rows().get(r);
            SourceRow actual = rebuilt.rows().get(r);
            assertThat(actual.width()).as("width of row %d", r + 1).isEqualTo(expected.width());
            for (SourceCell cell : expected.cells()) {
                assertThat(actual.cell(cell.column()).orElseThrow())
                        .as("row %d column %d", cell.row(), cell.column()).isEqualTo(cell);
            }
        }
    }

    @Test
    void shouldWriteTheRebuiltListBackToTheSameBytes() {
        SourceTable rebuilt = new ListRebuilder(store).rebuild("yulin-secrecy-bureau.txt").orElseThrow();
        assertThat(new TextTableWriter().write(rebuilt).getBytes(StandardCharsets.UTF_8))
                .isEqualTo(Fixtures.bytes(Fixtures.YULIN));
    }

    @Test
    void shouldKnowNothingOfAFileNeverLoaded() {
        assertThat(new ListRebuilder(store).rebuild("nowhere.txt")).isEmpty();
    }
}
