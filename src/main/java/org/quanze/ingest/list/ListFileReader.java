package org.quanze.ingest.list;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quanze.ingest.Findings;
import org.quanze.ingest.Location;
import org.quanze.ingest.SourceException;
import org.quanze.ingest.WarningKind;
import org.quanze.ingest.columns.HeaderNames;
import org.quanze.ingest.columns.NoHeaderException;
import org.quanze.ingest.sheet.FileFormat;
import org.quanze.ingest.sheet.TableFiles;
import org.quanze.ingest.table.SourceTable;
import org.quanze.ingest.table.TextTableReader;

/**
 * Reads a list file whatever its format, told from its content: the published text format
 * (a title, then cells that start a line with TAB), or a workbook, Word document or CSV file read
 * into tables. Each table with a list header gives one list; the slug of a file's only list is the
 * file name without its extension, a file of several lists numbers them after their table
 * ({@code two-lists-1}, {@code two-lists-2}), so that powers numbered from 1 on every sheet never
 * share an IRI. A table without a header (notes, an empty form) is
 * kept verbatim and reported, unless no table of the file holds a list: then the file fails.
 */
public final class ListFileReader {

    private final HeaderNames names;
    private final PowerListReader reader;

    public ListFileReader(HeaderNames names) {
        this.names = names;
        this.reader = new PowerListReader(names);
    }

    public ListFile read(String fileName, byte[] bytes) {
        List<SourceTable> tables = tables(fileName, bytes);
        Findings findings = new Findings();
        List<PowerList> lists = new ArrayList<>();
        NoHeaderException firstFailure = null;
        for (int i = 0; i < tables.size(); i++) {
            try {
                lists.add(reader.read(slug(fileName) + "-" + (i + 1), tables.get(i), findings));
            } catch (NoHeaderException e) {
                firstFailure = firstFailure == null ? e : firstFailure;
                findings.add(WarningKind.LAYOUT, e.location(),
                        "this table has no list header: its cells are kept verbatim, no list "
                        + "is read from it");
            }
        }
        if (lists.isEmpty()) {
            throw firstFailure != null ? firstFailure
                    : new SourceException(new Location(fileName, 0, 0, 0), "the file holds no table");
        }
        if (lists.size() == 1) {
            lists.set(0, renamed(lists.get(0), slug(fileName)));
        }
        return new ListFile(fileName, tables, lists, findings.list(), findings.occurrences());
    }

    private static PowerList renamed(PowerList l, String slug) {
        return new PowerList(slug, l.table(), l.layout(), l.title(), l.listNumber(), l.department(), l.year(),
                l.powers(), l.findings());
    }

    private List<SourceTable> tables(String fileName, byte[] bytes) {
        if (isTextFormat(fileName, bytes)) {
            return List.of(new TextTableReader().read(fileName, bytes));
        }
        return new TableFiles(names).read(fileName, bytes);
    }

    /**
     * The text format is plain text whose table lines start with a TAB and hold no other TAB (a
     * cell per line), unlike TAB-separated values where a line holds a row. An empty file named
     * .txt goes to the text reader too, which says what it expected.
     */
    static boolean isTextFormat(String fileName, byte[] bytes) {
        if (bytes.length == 0) {
            return fileName.toLowerCase(Locale.ROOT).endsWith(".txt");
        }
        if (TableFiles.detect(fileName, bytes) != FileFormat.CSV) {
            return false;
        }
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().limit(200).toList();
        List<String> tabbed = lines.stream().filter(l -> l.startsWith("\t")).toList();
        return !tabbed.isEmpty() && tabbed.stream().allMatch(l -> l.indexOf('\t', 1) < 0);
    }

    /** The file name without its extension: the list's part of its IRIs. */
    public static String slug(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
