package org.quanze.ingest.sheet;

import java.util.ArrayList;
import java.util.List;
import org.quanze.ingest.Location;
import org.quanze.ingest.SourceException;

/**
 * A CSV (or TAB- or semicolon-separated) export as one grid. Quoted cells may hold delimiters,
 * doubled quotes and line breaks (kept verbatim). A row is a record; its line is the line of the
 * file where the record begins, so that an error points to the line a person opens in an editor.
 */
final class CsvGrids {

    private CsvGrids() {
    }

    static Grid read(String fileName, byte[] bytes) {
        String text = TextDecoder.decode(fileName, bytes);
        Grid grid = new Grid(fileName, null, null);
        new Parser(fileName, text, delimiter(text), grid).parse();
        return grid;
    }

    /** The most frequent of comma, TAB and semicolon on the first non-blank line; comma by default. */
    static char delimiter(String text) {
        String first = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        char best = ',';
        long bestCount = 0;
        for (char candidate : new char[] {',', '\t', ';'}) {
            long count = first.chars().filter(c -> c == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    private static final class Parser {
        private final String fileName;
        private final String text;
        private final char delimiter;
        private final Grid grid;
        private final StringBuilder field = new StringBuilder();
        private int line = 1;
        private int row = 1;
        private int column = 1;
        private int pos;

        Parser(String fileName, String text, char delimiter, Grid grid) {
            this.fileName = fileName;
            this.text = text;
            this.delimiter = delimiter;
            this.grid = grid;
        }

        void parse() {
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                if (c == '"' && field.isEmpty()) {
                    quoted();
                } else if (c == delimiter) {
                    endField();
                } else if (c == '\r' || c == '\n') {
                    skipLf(c);
                    endField();
                    line++;
                    row++;
                    column = 1;
                    if (line != row) {
                        grid.startsOnLine(row, line);
                    }
                } else {
                    field.append(c);
                }
            }
            endField();
        }

        /** Reads a quoted cell up to its closing quote; what follows the quote joins the cell. */
        private void quoted() {
            int opened = line;
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                if (c == '"' && pos < text.length() && text.charAt(pos) == '"') {
                    field.append('"');
                    pos++;
                } else if (c == '"') {
                    return;
                } else {
                    field.append(c);
                    if (c == '\n' || c == '\r' && (pos >= text.length() || text.charAt(pos) != '\n')) {
                        line++;
                    }
                }
            }
            throw new SourceException(new Location(fileName, row, column, opened),
                    "a quoted cell opened on this line never closes: the file may be cut off");
        }

        private void skipLf(char c) {
            if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
                pos++;
            }
        }

        private void endField() {
            grid.put(row, column++, field.toString());
            field.setLength(0);
        }
    }
}
