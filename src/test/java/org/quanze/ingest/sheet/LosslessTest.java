package org.quanze.ingest.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.quanze.ingest.table.SourceCell;
import org.quanze.ingest.table.SourceRow;
import org.quanze.ingest.table.SourceTable;

/**
 * Nothing is lost: every non-empty cell of every sheet, read here independently with POI's own
 * factory, is found in exactly one SourceCell of the reader's tables, at the same sheet, row (line)
 * and column, with the same text; and the reader invents no cell the sheet does not have.
 */
class LosslessTest {

    private final TableFiles reader = TableFiles.standard();

    @TestFactory
    Stream<DynamicTest> everyNonEmptyCellIsReadOnceWithItsText() {
        return Fixtures.tsv("karamay-files.tsv").stream().map(f -> f[0]).map(file -> dynamicTest(file, () -> {
            byte[] bytes = Fixtures.karamay(file);
            Map<String, String> expected = cellsByPoi(bytes);
            Map<String, String> actual = new HashMap<>();
            for (SourceTable table : reader.read(file, bytes)) {
                for (SourceRow row : table.rows()) {
                    for (SourceCell cell : row.cells()) {
                        if (!cell.text().isEmpty()) {
                            String previous = actual.put(key(table.part(), cell.line(), cell.column()), cell.text());
                            assertThat(previous).as("cell read twice: %s line %d column %d", table.part(),
                                    cell.line(), cell.column()).isNull();
                        }
                    }
                }
            }
            assertThat(expected).as("the sheets have non-empty cells").isNotEmpty();
            assertThat(actual).hasSameSizeAs(expected).containsExactlyInAnyOrderEntriesOf(expected);
        }));
    }

    /** The displayed text of every non-empty cell, by sheet!line:column, as a plain POI reading gives it. */
    private static Map<String, String> cellsByPoi(byte[] bytes) throws IOException {
        DataFormatter formatter = new DataFormatter(Locale.CHINA);
        formatter.setUseCachedValuesForFormulaCells(true);
        Map<String, String> cells = new HashMap<>();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String text = formatter.formatCellValue(cell);
                        if (!text.isEmpty()) {
                            cells.put(key(sheet.getSheetName(), row.getRowNum() + 1, cell.getColumnIndex() + 1), text);
                        }
                    }
                }
            }
        }
        return cells;
    }

    private static String key(String sheet, int line, int column) {
        return sheet + "!" + line + ":" + column;
    }
}
