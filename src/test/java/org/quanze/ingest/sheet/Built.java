package org.quanze.ingest.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Small workbooks and documents built by a test, where a published file with the case is lacking. */
public final class Built {

    private Built() {
    }

    public static byte[] xlsx(Consumer<Workbook> content) {
        return bytes(new XSSFWorkbook(), content);
    }

    public static byte[] xls(Consumer<Workbook> content) {
        return bytes(new HSSFWorkbook(), content);
    }

    public static byte[] docx(Consumer<XWPFDocument> content) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.accept(document);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes texts into a sheet from a (1-based) row, one array per row, column A onwards. */
    public static void rows(Sheet sheet, int firstRow, String[]... rows) {
        for (int i = 0; i < rows.length; i++) {
            Row row = sheet.createRow(firstRow - 1 + i);
            for (int c = 0; c < rows[i].length; c++) {
                if (!rows[i][c].isEmpty()) {
                    row.createCell(c).setCellValue(rows[i][c]);
                }
            }
        }
    }

    private static byte[] bytes(Workbook workbook, Consumer<Workbook> content) {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.accept(workbook);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
