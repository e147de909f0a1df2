package org.quanze.ingest.list;

import java.util.List;
import java.util.stream.Collectors;
import org.quanze.ingest.Location;
import org.quanze.ingest.table.SourceCell;
import org.quanze.ingest.table.SourceTable;

/**
 * What one column says for one entry of a list: usually one cell, but several when overflow rows
 * continue the entry (a page break cut its duties in two). The cells' texts are read as one text,
 * joined by line breaks; every line of it can still be traced to its cell and place.
 */
public record CellText(SourceTable table, List<SourceCell> cells, String text) {

    public CellText {
        cells = List.copyOf(cells);
    }

    public static CellText of(SourceTable table, List<SourceCell> cells) {
        return new CellText(table, cells, cells.stream().map(SourceCell::text).collect(Collectors.joining("\n")));
    }

    public static CellText of(SourceTable table, SourceCell cell) {
        return of(table, List.of(cell));
    }

    public boolean isBlank() {
        return text.strip().isEmpty();
    }

    public String trimmed() {
        return text.strip();
    }

    public SourceCell first() {
        return cells.get(0);
    }

    /** The cell that holds line {@code lineInText} (from 0) of the joined text. */
    public SourceCell cellAt(int lineInText) {
        int rest = lineInText;
        for (SourceCell cell : cells) {
            int lines = lineCount(cell.text());
            if (rest < lines) {
                return cell;
            }
            rest -= lines;
        }
        return cells.get(cells.size() - 1);
    }

    /** Where line {@code lineInText} of the joined text stands in the file. */
    public Location at(int lineInText) {
        SourceCell cell = cellAt(lineInText);
        return table.at(cell, lineInCell(lineInText));
    }

    /** The file line recorded for content starting at that line: in a sheet, the row of its cell. */
    public int line(int lineInText) {
        SourceCell cell = cellAt(lineInText);
        return table.form() == SourceTable.Form.TEXT ? cell.line() + lineInCell(lineInText) : cell.line();
    }

    private int lineInCell(int lineInText) {
        int rest = lineInText;
        for (SourceCell cell : cells) {
            int lines = lineCount(cell.text());
            if (rest < lines) {
                return rest;
            }
            rest -= lines;
        }
        return rest;
    }

    private static int lineCount(String text) {
        return (int) text.chars().filter(c -> c == '\n').count() + 1;
    }
}
