package org.quanze.ingest.sheet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeMap;
import org.quanze.ingest.Location;
import org.quanze.ingest.SourceException;
import org.quanze.ingest.table.CellRange;

/**
 * The non-empty cells of one sheet (or Word table, or CSV file) by line and column, both from 1
 * as the file numbers them, with its merged blocks: what a file holds before it is cut into tables.
 * Only lines with a non-empty cell are stored, so a sparse sheet costs nothing for its gaps.
 */
final class Grid {

    private final String fileName;
    private final String part;
    private final String caption;
    private final TreeMap<Integer, List<String>> lines = new TreeMap<>();
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
    void put(int line, int column, String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        if (++cells > Limits.MAX_CELLS) {
            throw new SourceException(new Location(fileName, 0, 0, line), where() + "more than "
                    + Limits.MAX_CELLS + " non-empty cells: far more than a list holds");
        }
        List<String> row = lines.computeIfAbsent(line, l -> new ArrayList<>());
        while (row.size() < column) {
            row.add("");
        }
        row.set(column - 1, text);
    }

    void merge(CellRange range) {
        merges.add(range);
    }

    /** Refuses a grid whose used rectangle is too large to lay out as rows (e.g. one stray far cell). */
    void checkSize() {
        if (lines.isEmpty()) {
            return;
        }
        long height = (long) lines.lastKey() - lines.firstKey() + 1;
        long area = height * width(lines.firstKey(), lines.lastKey());
        if (area > Limits.MAX_CELLS) {
            throw new SourceException(new Location(fileName, 0, 0, lines.lastKey()), String.format(
                    "%sthe used range spans lines %d to %d and %d columns (%d cells), more than %d: "
                            + "delete stray content far from the table", where(), lines.firstKey(), lines.lastKey(),
                    width(lines.firstKey(), lines.lastKey()), area, Limits.MAX_CELLS));
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
        return lines.isEmpty();
    }

    /** The lines that hold a non-empty cell, in order. */
    NavigableSet<Integer> lines() {
        return lines.navigableKeySet();
    }

    /** The cells of a line, from column 1 to its last non-empty cell; empty for a line with none. */
    List<String> row(int line) {
        return Collections.unmodifiableList(lines.getOrDefault(line, List.of()));
    }

    /** The last non-empty column over lines {@code first} to {@code last}. */
    int width(int first, int last) {
        return lines.subMap(first, true, last, true).values().stream().mapToInt(List::size).max().orElse(0);
    }

    List<CellRange> merges() {
        return Collections.unmodifiableList(merges);
    }
}
