package org.quanze.revise;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.quanze.ingest.table.SourceCell;
import org.quanze.ingest.table.SourceRow;
import org.quanze.ingest.table.SourceTable;
import org.quanze.ingest.table.TextTableWriter;

/**
 * Writes a draft revised list as a list file. The text format is the list's own, written back
 * byte for byte where nothing changed; a workbook, Word table or CSV file is laid out as the list's
 * tables are (a sheet per sheet, each cell at its row and column, the title above). Given the
 * original workbook, the draft is that workbook with the changed cells' values replaced, so that
 * its merged cells, widths and styles stay as published.
 */
public final class DraftWriter {

    public byte[] write(Draft draft, DraftFormat format) {
        return switch (format) {
            case TXT -> text(draft).getBytes(StandardCharsets.UTF_8);
            case CSV -> csv(draft).getBytes(StandardCharsets.UTF_8);
            case XLSX -> workbook(draft, new XSSFWorkbook());
            case XLS -> workbook(draft, new HSSFWorkbook());
            case DOCX -> docx(draft);
        };
    }

    /**
     * The original workbook (.xlsx or .xls) with the draft's changed cells written in: everything else
     * of the file as published.
     */
    public byte[] patch(Draft draft, InputStream original) {
        try (Workbook book = WorkbookFactory.create(original)) {
            for (int t = 0; t < draft.tables().size(); t++) {
                SourceTable table = draft.tables().get(t);
                if (table.form() != SourceTable.Form.GRID) {
                    throw new IllegalArgumentException(draft.fileName() + " is not a workbook: there is nothing to patch");
                }
                Sheet sheet = table.part() == null ? book.getSheetAt(0) : book.getSheet(table.part());
                if (sheet == null) {
                    throw new IllegalArgumentException("the original workbook has no sheet " + table.part()
                            + ": it is not the file the list was loaded from");
                }
                Map<String, String> published = texts(draft.published().get(t));
                for (SourceRow row : table.rows()) {
                    for (SourceCell cell : row.cells()) {
                        if (!cell.text().equals(published.get(cell.line() + ":" + cell.column()))) {
                            Row r = sheet.getRow(cell.line() - 1) == null ? sheet.createRow(cell.line() - 1)
                                    : sheet.getRow(cell.line() - 1);
                            Cell c = r.getCell(cell.column() - 1) == null ? r.createCell(cell.column() - 1)
                                    : r.getCell(cell.column() - 1);
                            c.setCellValue(cell.text());
                        }
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the original workbook", e);
        }
    }

    /** A grid table's cell texts by sheet row and column. */
    private static Map<String, String> texts(SourceTable table) {
        Map<String, String> texts = new java.util.HashMap<>();
        table.rows().forEach(r -> r.cells().forEach(c -> texts.put(c.line() + ":" + c.column(), c.text())));
        return texts;
    }

    private static String text(Draft draft) {
        TextTableWriter writer = new TextTableWriter();
        StringBuilder sb = new StringBuilder();
        for (SourceTable t : draft.tables()) {
            if (t.form() != SourceTable.Form.TEXT) {
                throw new IllegalArgumentException(draft.fileName() + " is a " + DraftFormat.ofFileName(draft.fileName())
                        .extension() + " file: its draft is written as xlsx, xls, docx or csv, not in the text format");
            }
            sb.append(writer.write(t));
        }
        return sb.toString();
    }

    private static String csv(Draft draft) {
        StringBuilder sb = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(sb, CSVFormat.DEFAULT)) {
            for (SourceTable t : draft.tables()) {
                if (t.titleLine() != null) {
                    printer.printRecord(t.titleLine());
                }
                for (SourceRow row : t.rows()) {
                    printer.printRecord(cells(row));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    /** A row's cells by column, blanks where a column has no cell. */
    private static List<String> cells(SourceRow row) {
        String[] cells = new String[row.width()];
        java.util.Arrays.fill(cells, "");
        row.cells().forEach(c -> cells[c.column() - 1] = c.text());
        return List.of(cells);
    }

    private static byte[] workbook(Draft draft, Workbook book) {
        try (book) {
            CellStyle wrap = book.createCellStyle();
            wrap.setWrapText(true);
            Map<String, List<SourceTable>> sheets = new LinkedHashMap<>();
            draft.tables().forEach(t -> sheets.computeIfAbsent(t.part() == null ? "Sheet1" : t.part(),
                    k -> new java.util.ArrayList<>()).add(t));
            for (Map.Entry<String, List<SourceTable>> e : sheets.entrySet()) {
                Sheet sheet = book.createSheet(e.getKey());
                for (SourceTable t : e.getValue()) {
                    lay(sheet, t, wrap);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A table on its sheet: a grid's cells at their own sheet rows, a text table's rows under its title. */
    private static void lay(Sheet sheet, SourceTable t, CellStyle wrap) {
        boolean text = t.form() == SourceTable.Form.TEXT;
        int first = t.rows().isEmpty() ? 1 : t.rows().get(0).cells().isEmpty() ? 1 : rowIndex(t, t.rows().get(0).cells().get(0));
        int offset = text && t.titleLine() != null ? 1 : 0;
        if (t.titleLine() != null) {
            int titleRow = text ? 0 : Math.max(0, first - 1);
            put(sheet, titleRow, 0, t.titleLine(), null);
        }
        for (SourceRow row : t.rows()) {
            for (SourceCell cell : row.cells()) {
                put(sheet, rowIndex(t, cell) + offset, cell.column() - 1, cell.text(), wrap);
            }
        }
    }

    /** The 0-based sheet row of a cell: a grid cell's own sheet row, a text cell's table row. */
    private static int rowIndex(SourceTable t, SourceCell cell) {
        return (t.form() == SourceTable.Form.TEXT ? cell.row() : cell.line()) - 1;
    }

    private static void put(Sheet sheet, int row, int column, String text, CellStyle style) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        Cell c = r.createCell(column);
        c.setCellValue(text);
        if (style != null) {
            c.setCellStyle(style);
        }
    }

    private static byte[] docx(Draft draft) {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (SourceTable t : draft.tables()) {
                if (t.titleLine() != null) {
                    doc.createParagraph().createRun().setText(t.titleLine());
                }
                int width = t.rows().stream().mapToInt(SourceRow::width).max().orElse(1);
                XWPFTable table = doc.createTable(t.rows().size(), width);
                for (int r = 0; r < t.rows().size(); r++) {
                    XWPFTableRow row = table.getRow(r);
                    for (SourceCell cell : t.rows().get(r).cells()) {
                        cellText(row.getCell(cell.column() - 1), cell.text());
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Word cell's text, a paragraph per line (as Word keeps the lines of a cell). */
    private static void cellText(org.apache.poi.xwpf.usermodel.XWPFTableCell cell, String text) {
        String[] lines = text.split("\n", -1);
        cell.setText(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            cell.addParagraph().createRun().setText(lines[i]);
        }
    }
}
