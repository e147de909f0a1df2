package org.quanze.revise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.quanze.ingest.sheet.TableFiles;
import org.quanze.ingest.table.SourceCell;
import org.quanze.ingest.table.SourceRow;
import org.quanze.ingest.table.SourceTable;

/**
 * A draft of a published workbook written into the workbook itself: the cells the draft changes hold
 * its text, every other cell reads as published, and the merged cells and sheets stay as they were.
 * (No bundled Karamay list cites a version of which a later one is held, so the draft here changes one
 * basis cell by hand; the reviser's drafts reach the same code.)
 */
class PatchedWorkbookTest {

    private static final Path STATISTICS = Path.of("data/lists/karamay/statistics-bureau-2025.xlsx");

    @Test
    void shouldWriteOnlyTheChangedCellsIntoTheOriginalWorkbook() throws Exception {
        List<SourceTable> published = TableFiles.standard().read(STATISTICS);
        SourceTable first = published.get(0);
        SourceCell target = first.rows().stream().flatMap(r -> r.cells().stream())
                .filter(c -> c.text().contains("《中华人民共和国统计法》")).findFirst().orElseThrow();
        String revised = target.text().replace("《中华人民共和国统计法》", "《中华人民共和国统计法》（修订草案）");
        List<SourceTable> tables = new ArrayList<>(published);
        tables.set(0, replace(first, target, revised));
        Draft draft = new Draft("https://w3id.org/quanze/id/list/statistics-bureau-2025", "统计局", STATISTICS.getFileName()
                .toString(), null, List.of(), published, tables, List.of(), 1);
        byte[] original = Files.readAllBytes(STATISTICS);
        byte[] patched = new DraftWriter().patch(draft, new ByteArrayInputStream(original));

        Path out = Files.createTempFile("patched", ".xlsx");
        Files.write(out, patched);
        List<SourceTable> read = TableFiles.standard().read(out);
        assertThat(read).hasSameSizeAs(published);
        int differing = 0;
        for (int t = 0; t < read.size(); t++) {
            List<SourceRow> rows = read.get(t).rows();
            assertThat(rows).hasSameSizeAs(published.get(t).rows());
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).cells().size(); c++) {
                    SourceCell now = rows.get(r).cells().get(c);
                    SourceCell was = published.get(t).rows().get(r).cells().get(c);
                    if (!now.text().equals(was.text())) {
                        differing++;
                        assertThat(now.text()).isEqualTo(revised);
                    }
                }
            }
        }
        assertThat(differing).isEqualTo(1);
        try (Workbook before = WorkbookFactory.create(new ByteArrayInputStream(original));
             Workbook after = WorkbookFactory.create(new ByteArrayInputStream(patched))) {
            assertThat(after.getNumberOfSheets()).isEqualTo(before.getNumberOfSheets());
            for (int s = 0; s < before.getNumberOfSheets(); s++) {
                assertThat(after.getSheetAt(s).getMergedRegions()).isEqualTo(before.getSheetAt(s).getMergedRegions());
            }
        }
    }

    @Test
    void shouldRefuseToPatchAListThatIsNoWorkbook() {
        SourceTable text = SourceTable.text("yulin.txt", "title", List.of(), false, "\n", "");
        Draft draft = new Draft("l", "t", "yulin.txt", null, List.of(), List.of(text), List.of(text), List.of(), 0);
        assertThatThrownBy(() -> new DraftWriter().patch(draft, new ByteArrayInputStream(Files.readAllBytes(STATISTICS))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a workbook");
    }

    private static SourceTable replace(SourceTable table, SourceCell target, String text) {
        List<SourceRow> rows = table.rows().stream().map(r -> new SourceRow(r.number(), r.line(), r.cells().stream()
                .map(c -> c == target ? new SourceCell(c.row(), c.column(), c.line(), text) : c).toList())).toList();
        return new SourceTable(table.fileName(), table.part(), table.titleLine(), rows, table.merges(),
                table.byteOrderMark(), table.lineBreak(), table.trailer(), table.form());
    }
}
