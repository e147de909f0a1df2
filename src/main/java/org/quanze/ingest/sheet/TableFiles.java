package org.quanze.ingest.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.quanze.ingest.SourceException;
import org.quanze.ingest.columns.HeaderNames;
import org.quanze.ingest.table.SourceTable;

/**
 * Reads a published list as it comes — a legacy .xls, an .xlsx, the tables of a .docx, or CSV
 * text — into raw tables, losslessly: every non-empty cell of the file lands in exactly one
 * {@link org.quanze.ingest.table.SourceCell} with the text the file displays. No meaning is given
 * here; {@link org.quanze.ingest.columns.HeaderLocator} and the list reader do that afterwards.
 *
 * <p>Each sheet (or Word table) gives one table, or several when it holds several lists one below
 * the other (a header row after data rows starts a new one). A table keeps every row from its first
 * non-empty row (title rows included) to its last, blank rows inside it too; {@code line} is the
 * row number in the sheet (the line in a CSV file, the row in a Word table), {@code part} the sheet
 * name, {@code titleLine} the text above the header (lines joined by a line break), and merged
 * blocks are kept as published: the value in the top-left cell, the block in {@code merges}.
 * Empty sheets give no table.
 *
 * <p>Every failure — unknown or damaged content, a zip bomb, a file too large — is a
 * {@link SourceException} naming the file; nothing in a file is ever executed or recomputed.
 */
public final class TableFiles {

    private final TableSplitter splitter;

    /** @param names the known header names, by which the header row (and so a new table) is recognised */
    public TableFiles(HeaderNames names) {
        this.splitter = new TableSplitter(names);
    }

    /** A reader that knows the project's standard header names. */
    public static TableFiles standard() {
        return new TableFiles(HeaderNames.standard());
    }

    /** The format of a file, told from its content alone; fails for content of no known format. */
    public static FileFormat detect(String fileName, byte[] bytes) {
        return FormatDetector.detect(fileName, bytes);
    }

    /** Reads a file, refusing an oversized one before loading it. */
    public List<SourceTable> read(Path file) {
        String name = file.getFileName().toString();
        try {
            if (Files.size(file) > Limits.MAX_FILE_BYTES) {
                throw new SourceException(FormatDetector.whole(name), "refused: more than "
                        + (Limits.MAX_FILE_BYTES >> 20) + " MB, far more than a published list");
            }
            return read(name, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The tables of a file, in the order of its sheets (or Word tables) and, within one, top to bottom. */
    public List<SourceTable> read(String fileName, byte[] bytes) {
        FileFormat format = detect(fileName, bytes);
        return grids(fileName, bytes, format).stream().flatMap(grid -> splitter.split(grid).stream()).toList();
    }

    private static List<Grid> grids(String fileName, byte[] bytes, FileFormat format) {
        try {
            switch (format) {
                case XLS:
                    try (HSSFWorkbook workbook = new HSSFWorkbook(new ByteArrayInputStream(bytes))) {
                        return WorkbookGrids.read(fileName, workbook);
                    }
                case XLSX:
                    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                        return WorkbookGrids.read(fileName, workbook);
                    }
                case DOCX:
                    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
                        return DocxGrids.read(fileName, document);
                    }
                default:
                    return List.of(CsvGrids.read(fileName, bytes));
            }
        } catch (SourceException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // POI reports damage with many exception types; a person needs only to know the file is bad.
            throw new SourceException(FormatDetector.whole(fileName), "looks like " + format.description()
                    + " but cannot be read (damaged, encrypted or of an unsupported version): "
                    + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
