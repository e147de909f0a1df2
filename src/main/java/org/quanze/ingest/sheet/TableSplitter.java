package org.quanze.ingest.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.quanze.ingest.Location;
import org.quanze.ingest.SourceException;
import org.quanze.ingest.columns.HeaderNames;
import org.quanze.ingest.table.CellRange;
import org.quanze.ingest.table.SourceCell;
import org.quanze.ingest.table.SourceRow;
import org.quanze.ingest.table.SourceTable;

/**
 * Cuts a grid into the tables it holds. A sheet may hold several lists one below the other, each
 * with its own title and header: a header row that follows data rows starts a new table, and the
 * one-cell rows just above it (its title) go with it. Every row from a table's first to its last
 * is kept, blank ones included, so that merged blocks and row numbers stay true to the file.
 */
final class TableSplitter {

    /** As {@code HeaderLocator}: a header names at least three known columns. */
    private static final int MIN_KNOWN = 3;
    /** A table's title is at most this many rows (a department line, a list title, a subtitle). */
    private static final int MAX_TITLE_ROWS = 3;

    private final HeaderNames names;

    TableSplitter(HeaderNames names) {
        this.names = names;
    }

    List<SourceTable> split(Grid grid) {
        if (grid.isEmpty()) {
            return List.of();
        }
        grid.checkSize();
        List<Integer> starts = starts(grid);
        List<SourceTable> tables = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int limit = i + 1 < starts.size() ? starts.get(i + 1) - 1 : Integer.MAX_VALUE;
            tables.add(table(grid, starts.get(i), limit, i == 0));
        }
        return tables;
    }

    /** The first row of each table: the grid's first row, then each new title or header after data. */
    private List<Integer> starts(Grid grid) {
        List<Integer> starts = new ArrayList<>(List.of(grid.rows().first()));
        boolean headerSeen = false;
        Integer firstData = null;
        for (int r : grid.rows()) {
            if (isHeader(grid.row(r))) {
                if (firstData != null) {
                    starts.add(titleStart(grid, r, firstData));
                    firstData = null;
                }
                headerSeen = true;
            } else if (headerSeen && firstData == null && !isBlank(grid.row(r))) {
                firstData = r;
            }
        }
        return starts;
    }

    /**
     * Where the title above a new header begins: the title rows just above it, blank rows allowed
     * between title and header but not above the title, so that the previous table's last rows
     * (an overflow row can hold a single cell too) stay with it, and its first data row always does.
     */
    private static int titleStart(Grid grid, int header, int firstData) {
        int start = header;
        int taken = 0;
        for (Integer r = grid.rows().lower(header); r != null && r > firstData && taken < MAX_TITLE_ROWS;
             r = grid.rows().lower(r)) {
            if (taken > 0 && r != start - 1 || !isTitle(grid, r)) {
                break;
            }
            start = r;
            taken++;
        }
        return start;
    }

    /** One cell of text, in the first column or spread over several columns, as titles are set. */
    private static boolean isTitle(Grid grid, int r) {
        List<String> row = grid.row(r);
        if (nonBlank(row) != 1) {
            return false;
        }
        int column = 1;
        while (row.get(column - 1).isBlank()) {
            column++;
        }
        return column == 1 || grid.startsWideMerge(r, column);
    }

    private SourceTable table(Grid grid, int start, int limit, boolean first) {
        int end = coverMerges(grid, start, grid.rows().floor(limit), limit);
        int width = grid.width(start, end);
        if ((long) (end - start + 1) * width > Limits.MAX_CELLS) {
            throw new SourceException(new Location(grid.fileName(), 0, 0, grid.line(end)), String.format(
                    "merged cells stretch the table from row %d to row %d: more than %d cells", start, end,
                    Limits.MAX_CELLS));
        }
        List<SourceRow> rows = new ArrayList<>();
        for (int r = start; r <= end; r++) {
            rows.add(row(r - start + 1, grid.line(r), grid.row(r), width));
        }
        List<CellRange> merges = grid.merges().stream()
                .filter(m -> m.firstRow() >= start && m.firstRow() <= end)
                .map(m -> new CellRange(m.firstRow() - start + 1, m.firstColumn(),
                        Math.min(m.lastRow(), end) - start + 1, m.lastColumn()))
                .toList();
        String title = title(grid, start, end);
        if (title == null && first) {
            title = grid.caption();
        }
        return SourceTable.grid(grid.fileName(), grid.part(), title, rows, merges);
    }

    /** Extends a table over the blank rows its merged blocks cover (a power's block ends in them). */
    private static int coverMerges(Grid grid, int start, int last, int limit) {
        int end = last;
        for (CellRange m : grid.merges()) {
            if (m.firstRow() >= start && m.firstRow() <= last && m.lastRow() > end) {
                end = Math.min(m.lastRow(), limit);
            }
        }
        return end;
    }

    /** Every row is as wide as its table: a spreadsheet row has no end of its own. */
    private static SourceRow row(int number, int line, List<String> texts, int width) {
        List<SourceCell> cells = new ArrayList<>(width);
        for (int c = 1; c <= width; c++) {
            cells.add(new SourceCell(number, c, line, c <= texts.size() ? texts.get(c - 1) : ""));
        }
        return new SourceRow(number, line, cells);
    }

    /** The text of the rows above the table's first header, one line per cell; null when there is none. */
    private String title(Grid grid, int start, int end) {
        Integer header = grid.rows().subSet(start, true, end, true).stream()
                .filter(r -> isHeader(grid.row(r))).findFirst().orElse(null);
        if (header == null || header == start) {
            return null;
        }
        String title = grid.rows().subSet(start, true, header, false).stream()
                .flatMap(r -> grid.row(r).stream())
                .filter(text -> !text.isBlank())
                .collect(Collectors.joining("\n"));
        return title.isEmpty() ? null : title;
    }

    /**
     * Names at least three known columns, the rule {@code HeaderLocator} applies. No share of known
     * names is required: other systems add many columns of their own (the fire list knows 9 of 26),
     * while a data row practically never holds three cells that are exactly header names.
     */
    boolean isHeader(List<String> row) {
        return row.stream().filter(text -> names.roleOf(text).isPresent()).count() >= MIN_KNOWN;
    }

    private static long nonBlank(List<String> row) {
        return row.stream().filter(text -> !text.isBlank()).count();
    }

    private static boolean isBlank(List<String> row) {
        return nonBlank(row) == 0;
    }
}
