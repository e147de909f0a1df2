package org.quanze.ingest.list;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.quanze.ingest.sheet.Built;

/**
 * A small workbook with what published lists do and the Karamay lists happen not to: two sheets,
 * each a list with its own title and header (in another column order); a power whose name,
 * category and basis are merged down over its two sub-item rows; an odd 序号 (2,3) with an overflow
 * row that continues its duties; and a row whose 序号 was forgotten.
 */
final class ListWorkbook {

    static final String FILE = "克拉玛依市测试局-2025.xlsx";

    private ListWorkbook() {
    }

    static byte[] bytes() {
        return Built.xlsx(workbook -> {
            penalties(workbook);
            licences(workbook);
        });
    }

    private static void penalties(Workbook workbook) {
        Sheet sheet = workbook.createSheet("行政处罚");
        Built.rows(sheet, 1,
                row("克拉玛依市测试局2025年权责清单（行政处罚）"),
                row("序  号", "事项\n名称", "子项名称", "权力类型", "实施依据", "责任事项", "责任事项依据", "备注"),
                row("1", "对甲的处罚", "对甲一的处罚", "行政\n处罚", "【法律】《中华人民共和国行政处罚法》（2021年1月22日修订）\n"
                        + "第三十二条第一款第（三）项：当事人主动供述行政机关尚未掌握的违法行为的。",
                        "1.受理责任（法制科）\n2.处罚责任（法制科）", "1.【法律】《中华人民共和国行政处罚法》第五十四条、第五十五条", ""),
                row("", "", "对甲二的处罚", "", "", "1.受理责任（执法科）", "", ""),
                row("2,3", "对乙和丙的检查", "", "行政检查", "《中华人民共和国统计法》第三十六条  县级以上统计机构查处统计违法行为。",
                        "1.检查责任\n2.处置责任", "【法律】《中华人民共和国统计法》第三十八条", ""),
                row("", "", "", "", "", "3.其他责任", "", "续表"),
                row("", "对丁的确认", "", "行政确认", "", "1.确认责任（法制科）", "", ""));
        for (String block : new String[] {"A1:H1", "A3:A4", "B3:B4", "D3:D4", "E3:E4", "G3:G4"}) {
            sheet.addMergedRegion(CellRangeAddress.valueOf(block));
        }
    }

    private static void licences(Workbook workbook) {
        Sheet sheet = workbook.createSheet("行政许可");
        Built.rows(sheet, 2,
                row("克拉玛依市测试局2025年权责清单（行政许可）"),
                row("序号", "权力类型", "事项名称", "责任事项", "实施依据"),
                row("1", "行政许可", "戊的许可", "1.受理责任（审批科）", "【法律】《行政处罚法》第三十三条：初次违法且危害后果轻微。"));
    }

    private static String[] row(String... cells) {
        return cells;
    }
}
