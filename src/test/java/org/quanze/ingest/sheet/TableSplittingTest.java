package org.quanze.ingest.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.quanze.ingest.SourceException;
import org.quanze.ingest.columns.HeaderLocator;
import org.quanze.ingest.columns.HeaderNames;
import org.quanze.ingest.table.CellRange;
import org.quanze.ingest.table.SourceRow;
import org.quanze.ingest.table.SourceTable;

/** Several lists in one sheet or file, CSV encodings, and Word tables with merged cells. */
class TableSplittingTest {

    private final TableFiles reader = TableFiles.standard();
    private final HeaderLocator headers = new HeaderLocator(HeaderNames.standard());

    @Test
    void shouldSplitTwoListsOfACsvFileAtTheirHeaders() {
        List<SourceTable> tables = reader.read("two-lists.csv", Fixtures.resource("two-lists.csv"));

        assertThat(tables).hasSize(2);
        SourceTable first = tables.get(0);
        assertThat(first.part()).isNull();
        assertThat(first.titleLine()).isEqualTo("甲局权责清单");
        assertThat(first.rows()).extracting(SourceRow::line).containsExactly(1, 2, 3, 5, 6);
        assertThat(text(first, 3, 3)).isEqualTo("【法律】《甲法》\n第一条：甲。");
        assertThat(text(first, 5, 5)).isEqualTo("备注，含逗号");
        assertThat(headers.locate(first, new ArrayList<>()).headerRow()).isEqualTo(2);

        SourceTable second = tables.get(1);
        assertThat(second.titleLine()).isEqualTo("二、乙局权责清单");
        assertThat(second.rows()).extracting(SourceRow::line).containsExactly(9, 10, 11);
        assertThat(text(second, 3, 5)).isEqualTo("含\"引号\"的备注");
        assertThat(headers.locate(second, new ArrayList<>()).headerRow()).isEqualTo(2);
    }

    @Test
    void shouldReadCsvSavedAsGb18030() {
        List<SourceTable> tables = reader.read("gb18030.csv", Fixtures.resource("gb18030.csv"));

        assertThat(tables).hasSize(1);
        assertThat(tables.get(0).titleLine()).isEqualTo("丙局权责清单");
        assertThat(text(tables.get(0), 3, 3)).isEqualTo("【规章】《丁办法》第三条");
        assertThat(tables.get(0).rows()).extracting(SourceRow::line).containsExactly(1, 2, 3);
    }

    @Test
    void shouldNameTheLineOfAQuoteThatNeverCloses() {
        byte[] bytes = "序号,事项名称\n1,对甲的处罚\n2,\"未完\n的事项\n".getBytes(StandardCharsets.UTF_8);
        SourceException e = catchThrowableOfType(SourceException.class, () -> reader.read("cut.csv", bytes));
        assertThat(e).isNotNull();
        assertThat(e.location().line()).isEqualTo(3);
        assertThat(e.getMessage()).startsWith("cut.csv, row 3, column 2, line 3: a quoted cell");
    }

    @Test
    void shouldSplitASheetHoldingTwoListsAndKeepTheirMergesRelative() {
        byte[] bytes = Built.xlsx(workbook -> {
            twoLists(workbook.createSheet("清单"));
            workbook.createSheet("空白");
        });
        List<SourceTable> tables = reader.read("two.xlsx", bytes);

        assertThat(tables).hasSize(2);
        SourceTable first = tables.get(0);
        assertThat(first.part()).isEqualTo("清单");
        assertThat(first.titleLine()).isEqualTo("一、行政许可");
        assertThat(first.rows()).extracting(SourceRow::line).containsExactly(2, 3, 4, 5, 6);
        assertThat(first.merges()).containsExactly(new CellRange(1, 1, 1, 4), new CellRange(3, 1, 4, 1));
        assertThat(text(first, 3, 1)).isEqualTo("1");
        assertThat(text(first, 4, 1)).isEmpty();
        assertThat(first.rows()).allSatisfy(row -> assertThat(row.width()).isEqualTo(4));

        SourceTable second = tables.get(1);
        assertThat(second.titleLine()).isEqualTo("二、行政处罚");
        assertThat(second.rows()).extracting(SourceRow::line).containsExactly(8, 9, 10);
        assertThat(second.rows().get(0).number()).isEqualTo(1);
        assertThat(second.merges()).containsExactly(new CellRange(1, 1, 1, 4));
        assertThat(headers.locate(second, new ArrayList<>()).headerRow()).isEqualTo(2);
    }

    /**
     * Two lists in one sheet; the first ends in an overflow row and a note, one cell each, that must
     * not be taken for the second list's title.
     */
    private static void twoLists(Sheet sheet) {
        String[] header = {"序号", "事项名称", "实施依据", "责任事项"};
        Built.rows(sheet, 2, new String[] {"一、行政许可"}, header, new String[] {"1", "甲", "依据甲", "责任甲"},
                new String[] {"", "", "依据甲续", ""}, new String[] {"注：甲由市局实施"});
        Built.rows(sheet, 8, new String[] {"二、行政处罚"}, header, new String[] {"1", "乙", "依据乙", "责任乙"});
        sheet.addMergedRegion(CellRangeAddress.valueOf("A2:D2"));
        sheet.addMergedRegion(CellRangeAddress.valueOf("A4:A5"));
        sheet.addMergedRegion(CellRangeAddress.valueOf("A8:D8"));
    }

    @Test
    void shouldReadAWordTableWithItsCaptionAndMergedCells() {
        byte[] bytes = Built.docx(document -> {
            document.createParagraph().createRun().setText("某局权责清单");
            XWPFTable table = document.createTable(3, 4);
            fill(table, 0, "序号", "事项名称", "实施依据", "责任事项");
            fill(table, 1, "1", "甲", "依据甲", "1.受理责任");
            table.getRow(1).getCell(3).addParagraph().createRun().setText("2.监管责任");
            fill(table, 2, "2", "", "依据乙", "");
            table.getRow(2).removeCell(3);
            pr(table.getRow(1).getCell(1)).addNewVMerge().setVal(STMerge.RESTART);
            pr(table.getRow(2).getCell(1)).addNewVMerge();
            pr(table.getRow(2).getCell(2)).addNewGridSpan().setVal(BigInteger.TWO);
        });
        List<SourceTable> tables = reader.read("list.docx", bytes);

        assertThat(tables).hasSize(1);
        SourceTable table = tables.get(0);
        assertThat(table.part()).isEqualTo("table 1");
        assertThat(table.titleLine()).isEqualTo("某局权责清单");
        assertThat(text(table, 2, 4)).isEqualTo("1.受理责任\n2.监管责任");
        assertThat(table.rows().get(2).cells()).extracting(c -> c.text()).containsExactly("2", "", "依据乙", "");
        assertThat(table.merges()).containsExactlyInAnyOrder(new CellRange(2, 2, 3, 2), new CellRange(3, 3, 3, 4));
        assertThat(headers.locate(table, new ArrayList<>()).headerRow()).isEqualTo(1);
    }

    private static void fill(XWPFTable table, int row, String... texts) {
        for (int c = 0; c < texts.length; c++) {
            table.getRow(row).getCell(c).setText(texts[c]);
        }
    }

    private static CTTcPr pr(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }

    private static String text(SourceTable table, int row, int column) {
        return table.rows().get(row - 1).cell(column).orElseThrow().text();
    }
}
