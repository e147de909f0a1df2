package org.quanze.ingest.sheet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import org.quanze.ingest.Location;
import org.quanze.ingest.SourceException;
import org.quanze.ingest.table.CellRange;

/**
 * The non-empty cells of one sheet (or Word table, or CSV file) by row and column, both from 1
 * as the file numbers them, with its merged blocks: what a file holds before it is cut into tables.
 * Only rows with a non-empty cell are stored, so a sparse sheet costs nothing for its gaps. A row's
 * line is its row number, except in CSV where a row starts on the file line recorded for it.
 */
final class Grid {

    private final String fileName;
    private final String part;
    private final String caption;
    private final TreeMap<Integer, List<String>> rows = new TreeMap<>();
    private final Map<Integer, Integer> lines = new HashMap<>();
    private final List<CellRange> merges = new ArrayList<>();
    private long cells;

    /**
     * @param part    the sheet or table name, null for a file of one table
     * @param caption text standing just above the grid outside it (a Word table's heading), or null
     */
    Grid(String fileName, String part, String caption) {
        this.fileName = fileName;
        this.part = part;
        this.caption = caption;
    }

    /** Stores a cell's text; empty text is no cell. */
    void put(int row, int column, String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        if (++cells > Limits.MAX_CELLS) {
            throw new SourceException(new Location(fileName, 0, 0, line(row)), where() + "more than "
                    + Limits.MAX_CELLS + " non-empty cells: far more than a list holds");
        }
        List<String> cells = rows.computeIfAbsent(row, r -> new ArrayList<>());
        while (cells.size() < column) {
            cells.add("");
        }
        cells.set(column - 1, text);
    }

    /** Records the file line a row starts on, when that is not the row number. */
    void startsOnLine(int row, int line) {
        lines.put(row, line);
    }

    int line(int row) {
        return lines.getOrDefault(row, row);
    }

    void merge(CellRange range) {
        merges.add(range);
    }

    /** Refuses a grid whose used rectangle is too large to lay out as rows (e.g. one stray far cell). */
    void checkSize() {
        if (rows.isEmpty()) {
            return;
        }
        int first = rows.firstKey();
        int last = rows.lastKey();
        long area = ((long) last - first + 1) * width(first, last);
        if (area > Limits.MAX_CELLS) {
            throw new SourceException(new Location(fileName, 0, 0, line(last)), String.format(
                    "%sthe used range spans rows %d to %d and %d columns (%d cells), more than %d: "
                            + "delete stray content far from the table", where(), first, last, width(first, last),
                    area, Limits.MAX_CELLS));
        }
    }

    private String where() {
        return part == null ? "" : "sheet \"" + part + "\": ";
    }

    String fileName() {
        return fileName;
    }

    String part() {
        return part;
    }

    String caption() {
        return caption;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The rows that hold a non-empty cell, in order. */
    NavigableSet<Integer> rows() {
        return rows.navigableKeySet();
    }

    /** The cells of a row, from column 1 to its last non-empty cell; empty for a row with none. */
    List<String> row(int row) {
        return Collections.unmodifiableList(rows.getOrDefault(row, List.of()));
    }

    /** The last non-empty column over rows {@code first} to {@code last}. */
    int width(int first, int last) {
        return rows.subMap(first, true, last, true).values().stream().mapToInt(List::size).max().orElse(0);
    }

    /** Whether a merged block spanning several columns has its top-left cell here. */
    boolean startsWideMerge(int row, int column) {
        return merges.stream().anyMatch(m -> m.firstRow() == row && m.firstColumn() == column
                && m.lastColumn() > m.firstColumn());
    }

    List<CellRange> merges() {
        return Collections.unmodifiableList(merges);
    }
}
