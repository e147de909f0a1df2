package org.quanze.ingest.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.quanze.ingest.SourceException;
import org.quanze.ingest.table.SourceTable;

/**
 * Files from outside are untrusted: whatever they hold, reading ends quickly with tables or with
 * a SourceException that names the file — never an OutOfMemoryError or a raw POI exception — and
 * nothing in them is run or recomputed.
 */
class HostileInputTest {

    private static final Duration QUICKLY = Duration.ofSeconds(10);

    private final TableFiles reader = TableFiles.standard();

    @Test
    void shouldRefuseAZipBombDressedAsXlsxQuickly() {
        byte[] bomb = Zips.bomb(512);
        assertThat(bomb.length).as("small on disk").isLessThan(2 << 20);
        SourceException e = assertTimeoutPreemptively(QUICKLY, () -> refusal("budget.xlsx", bomb));
        assertThat(e.getMessage()).startsWith("budget.xlsx: ").contains("zip bomb");
    }

    @Test
    void shouldRefuseAContainerThatUnzipsToMoreThanAListCouldHold() {
        byte[] big = Zips.oversized(120);
        assertThat(big.length).as("within the file size limit").isLessThan((int) Limits.MAX_FILE_BYTES);
        SourceException e = assertTimeoutPreemptively(QUICKLY, () -> refusal("big.xlsx", big));
        assertThat(e.getMessage()).startsWith("big.xlsx: refused: its content unzips to more than 100 MB");
    }

    @Test
    void shouldRefuseAFileLargerThanAnyPublishedList() {
        byte[] huge = new byte[(int) Limits.MAX_FILE_BYTES + 1];
        SourceException e = assertTimeoutPreemptively(QUICKLY, () -> refusal("huge.xlsx", huge));
        assertThat(e.getMessage()).startsWith("huge.xlsx: refused");
    }

    @Test
    void shouldRefuseRandomBytes() {
        byte[] noise = new byte[64 * 1024];
        new Random(20250101).nextBytes(noise);
        assertThat(refusal("noise.xlsx", noise).getMessage()).startsWith("noise.xlsx: not a workbook");
    }

    @Test
    void shouldRefuseRandomBytesAfterAnOle2Signature() {
        byte[] noise = new byte[16 * 1024];
        new Random(7).nextBytes(noise);
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1}, 0, noise, 0, 8);
        assertThat(refusal("old.xls", noise).getMessage()).startsWith("old.xls: ");
    }

    @Test
    void shouldRefuseATruncatedWorkbook() {
        byte[] whole = Fixtures.karamay("archives-bureau-2024.xlsx");
        byte[] half = Arrays.copyOf(whole, whole.length / 2);
        assertThat(refusal("archives.xlsx", half).getMessage()).startsWith("archives.xlsx: ");
    }

    @Test
    void shouldRefuseAWorkbookWhosePartsAreNotXml() {
        byte[] fake = Zips.of("xl/workbook.xml", "this is not XML".getBytes());
        SourceException e = refusal("fake.xlsx", fake);
        assertThat(e.getMessage()).startsWith("fake.xlsx: looks like an Excel workbook (.xlsx) but cannot be read");
    }

    @Test
    void shouldRefuseAStrayCellFarBelowTheTable() {
        byte[] sparse = Built.xlsx(workbook -> {
            var sheet = workbook.createSheet("清单");
            sheet.createRow(0).createCell(0).setCellValue("序号");
            sheet.createRow(999_999).createCell(99).setCellValue("x");
        });
        assertThat(refusal("sparse.xlsx", sparse).getMessage()).contains("delete stray content");
    }

    @Test
    void shouldGiveAFormulaItsCachedValueWithoutEvaluatingIt() {
        for (boolean legacy : new boolean[] {false, true}) {
            byte[] bytes = legacy ? Built.xls(HostileInputTest::cachedFormula) : Built.xlsx(HostileInputTest::cachedFormula);
            List<SourceTable> tables = reader.read("formula", bytes);
            assertThat(tables.get(0).rows().get(0).cell(1).orElseThrow().text()).as("legacy %s", legacy).isEqualTo("3");
            assertThat(tables.get(0).rows().get(0).cell(2).orElseThrow().text()).isEqualTo("按清单");
        }
    }

    /** 1+1 saved with the value 3: reading 2 would mean the formula was evaluated. */
    private static void cachedFormula(Workbook workbook) {
        var row = workbook.createSheet("s").createRow(0);
        Cell number = row.createCell(0);
        number.setCellFormula("1+1");
        number.setCellValue(3);
        Cell text = row.createCell(1);
        text.setCellFormula("\"按\"&\"表\"");
        text.setCellValue("按清单");
    }

    private SourceException refusal(String fileName, byte[] bytes) {
        SourceException e = catchThrowableOfType(SourceException.class, () -> reader.read(fileName, bytes));
        assertThat(e).as("reading %s ends in a SourceException", fileName).isNotNull();
        return e;
    }
}
