package org.quanze.revise;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.quanze.graph.CitationRole;

/**
 * The 调整建议表: one row per changed citation — where it stands (list, power, role, entry, cell),
 * 原依据 and 建议依据, the change, and whether it needs review and why — as CSV and as a workbook for
 * sign-off. Column heads are Chinese, as the officials who sign it read them.
 */
public final class SuggestionTable {

    static final List<String> HEADS = List.of("清单", "权力事项序号", "权力事项名称", "依据类别", "事项序号", "行", "列",
            "法律文件", "原版本", "新版本", "原引用", "建议引用", "变化类型", "需审核", "审核理由", "原依据", "建议依据");

    private static final Map<CitationRole, String> ROLE_NAMES = Map.of(CitationRole.POWER_BASIS, "实施依据",
            CitationRole.DUTY_BASIS, "责任事项依据", CitationRole.CASE_BASIS, "追责依据");

    public String csv(Draft draft) {
        StringBuilder sb = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(sb, CSVFormat.DEFAULT)) {
            printer.printRecord(HEADS);
            for (Proposal p : draft.proposals()) {
                printer.printRecord(row(draft, p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    public byte[] xlsx(Draft draft) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("调整建议表");
            CellStyle wrap = book.createCellStyle();
            wrap.setWrapText(true);
            Row head = sheet.createRow(0);
            for (int i = 0; i < HEADS.size(); i++) {
                head.createCell(i).setCellValue(HEADS.get(i));
            }
            int r = 1;
            for (Proposal p : draft.proposals()) {
                Row row = sheet.createRow(r++);
                List<Object> values = row(draft, p);
                for (int i = 0; i < values.size(); i++) {
                    Object v = values.get(i);
                    var cell = row.createCell(i);
                    if (v instanceof Integer n) {
                        cell.setCellValue(n);
                    } else {
                        cell.setCellValue(v == null ? "" : v.toString());
                        cell.setCellStyle(wrap);
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The role as the list's column names it. */
    public static String roleName(String role) {
        return CitationRole.ofCode(role).map(ROLE_NAMES::get).orElse(role);
    }

    private static List<Object> row(Draft draft, Proposal p) {
        List<Object> row = new ArrayList<>();
        row.add(draft.listTitle());
        row.add(p.citation().backs().powerNumber());
        row.add(p.citation().backs().powerName());
        row.add(roleName(p.citation().backs().role().code()));
        row.add(p.citation().backs().entryNumber());
        row.add(p.citation().source().row());
        row.add(p.citation().source().column());
        row.add(p.documentKey());
        row.add(p.oldVersion());
        row.add(p.newVersion());
        row.add(p.oldReference());
        row.add(p.newReference());
        row.add(p.changeCode());
        row.add(p.needsReview() ? "是" : "否");
        row.add(p.reasonsText());
        row.add(p.originalItem());
        row.add(p.proposedItem());
        return row;
    }
}
