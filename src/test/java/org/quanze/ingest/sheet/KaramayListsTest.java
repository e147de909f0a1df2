package org.quanze.ingest.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.quanze.ingest.Finding;
import org.quanze.ingest.columns.ColumnLayout;
import org.quanze.ingest.columns.ColumnRole;
import org.quanze.ingest.columns.HeaderLocator;
import org.quanze.ingest.columns.HeaderNames;
import org.quanze.ingest.table.SourceTable;

/**
 * The five Karamay lists read as published: formats, sheets, tables, and for each table the header
 * row, width, data rows and the columns of the roles a list cannot do without. The expectations
 * are data in testing/sheet/karamay-files.tsv and karamay-tables.tsv.
 */
class KaramayListsTest {

    private static final HeaderNames NAMES = HeaderNames.standard();
    private final TableFiles reader = new TableFiles(NAMES);

    @TestFactory
    Stream<DynamicTest> eachFileHasItsFormatSheetsAndTables() {
        return Fixtures.tsv("karamay-files.tsv").stream().map(f -> dynamicTest(f[0], () -> {
            byte[] bytes = Fixtures.karamay(f[0]);
            assertThat(TableFiles.detect(f[0], bytes)).isEqualTo(FileFormat.valueOf(f[1]));
            assertThat(sheetNames(bytes)).containsExactlyElementsOf(Fixtures.list(f[2]));
            assertThat(reader.read(f[0], bytes)).hasSize(Integer.parseInt(f[3]));
        }));
    }

    @TestFactory
    Stream<DynamicTest> eachTableHasItsHeaderAndColumns() {
        List<String[]> expected = Fixtures.tsv("karamay-tables.tsv");
        List<DynamicTest> tests = new ArrayList<>();
        for (String file : expected.stream().map(e -> e[0]).distinct().toList()) {
            List<SourceTable> tables = reader.read(file, Fixtures.karamay(file));
            List<String[]> rows = expected.stream().filter(e -> e[0].equals(file)).toList();
            for (int i = 0; i < rows.size(); i++) {
                SourceTable table = i < tables.size() ? tables.get(i) : null;
                String[] e = rows.get(i);
                tests.add(dynamicTest(file + " table " + (i + 1), () -> checkTable(table, e)));
            }
        }
        return tests.stream();
    }

    private static void checkTable(SourceTable table, String[] e) {
        assertThat(table).as("table exists").isNotNull();
        assertThat(table.fileName()).isEqualTo(e[0]);
        assertThat(table.part()).isEqualTo(e[1]);
        assertThat(table.titleLine()).isEqualTo(e[2].replace("\\n", "\n"));
        List<Finding> findings = new ArrayList<>();
        ColumnLayout layout = new HeaderLocator(NAMES).locate(table, findings);
        assertThat(layout.headerRow()).as("header row").isEqualTo(Integer.parseInt(e[3]));
        assertThat(layout.width()).as("width").isEqualTo(Integer.parseInt(e[4]));
        assertThat(table.rows().size() - layout.headerRow()).as("data rows").isEqualTo(Integer.parseInt(e[5]));
        assertThat(layout.column(ColumnRole.NAME)).as("NAME").contains(Integer.parseInt(e[6]));
        assertThat(layout.column(ColumnRole.DUTIES)).as("DUTIES").contains(Integer.parseInt(e[7]));
        assertThat(layout.column(ColumnRole.BASIS)).as("BASIS").contains(Integer.parseInt(e[8]));
        assertThat(table.merges()).as("merged blocks").hasSize(Integer.parseInt(e[9]));
        assertThat(unknown(layout)).as("unknown headers").containsExactlyElementsOf(Fixtures.list(e[10]));
    }

    private static List<String> unknown(ColumnLayout layout) {
        return layout.headers().stream().filter(h -> NAMES.roleOf(h).isEmpty())
                .map(h -> h.isEmpty() ? "(blank)" : h).toList();
    }

    private static List<String> sheetNames(byte[] bytes) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            List<String> names = new ArrayList<>();
            for (Sheet sheet : workbook) {
                names.add(sheet.getSheetName());
            }
            return names;
        }
    }
}
