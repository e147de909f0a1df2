package org.quanze.ingest.table;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.quanze.ingest.Location;
import org.quanze.ingest.SourceException;

/**
 * Reads the published text export of a list: a title line, then cells that each start with a
 * line beginning with TAB and run on over the following lines; a blank line followed by a TAB
 * line ends a row. Nothing is trimmed or corrected: every cell keeps its exact text, so that
 * {@link TextTableWriter} gives back the same bytes.
 */
public final class TextTableReader {

    private static final char BOM = '\uFEFF';

    public SourceTable read(String fileName, byte[] bytes) {
        if (bytes.length == 0) {
            throw new SourceException(new Location(fileName, 1, 1, 1),
                    "the file is empty: expected a title line and a table of TAB-separated cells");
        }
        String text = decode(fileName, bytes);
        boolean bom = !text.isEmpty() && text.charAt(0) == BOM;
        if (bom) {
            text = text.substring(1);
        }
        String lineBreak = isCrLf(text) ? "\r\n" : "\n";
        if (lineBreak.equals("\r\n")) {
            text = text.replace("\r\n", "\n");
        }
        if (text.strip().isEmpty()) {
            throw new SourceException(new Location(fileName, 1, 1, 1),
                    "the file holds only white space: expected a title line and a table");
        }
        Splitter splitter = new Splitter(fileName);
        splitter.split(text, false);
        return splitter.table(bom, lineBreak);
    }

    /** Decodes strictly as UTF-8; an invalid byte is reported at the row and column it falls in. */
    private static String decode(String fileName, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            String valid = new String(bytes, 0, offset, StandardCharsets.UTF_8);
            Location where = locate(fileName, valid);
            throw new SourceException(where, String.format(
                    "not UTF-8: byte 0x%02X at offset %d cannot be decoded (save the file as UTF-8)",
                    bytes[offset] & 0xff, offset));
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    /** Where the end of a (valid) prefix of the file falls: row, column and line. */
    private static Location locate(String fileName, String prefix) {
        String text = prefix.replace("\r\n", "\n");
        if (!text.isEmpty() && text.charAt(0) == BOM) {
            text = text.substring(1);
        }
        Splitter splitter = new Splitter(fileName);
        splitter.split(text, true);
        int line = 1 + (int) text.chars().filter(c -> c == '\n').count();
        return new Location(fileName, Math.max(1, splitter.currentRow()), Math.max(1, splitter.currentColumn()), line);
    }

    private static boolean isCrLf(String text) {
        int lf = 0;
        int crlf = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lf++;
                if (i > 0 && text.charAt(i - 1) == '\r') {
                    crlf++;
                }
            }
        }
        return lf > 0 && lf == crlf;
    }

    /** Splits the text into title, rows and cells, keeping track of lines. */
    private static final class Splitter {
        private final String fileName;
        private String title;
        private final List<SourceRow> rows = new ArrayList<>();
        private List<SourceCell> cells = new ArrayList<>();
        private StringBuilder cell;
        private int cellLine;
        private int rowLine;
        private String trailer = "";

        Splitter(String fileName) {
            this.fileName = fileName;
        }

        void split(String text, boolean partial) {
            String[] lines = text.split("\n", -1);
            int start = 0;
            if (!lines[0].startsWith("\t")) {
                title = lines[0];
                start = 1;
            }
            for (int i = start; i < lines.length; i++) {
                String line = lines[i];
                boolean last = i == lines.length - 1;
                if (line.startsWith("\t")) {
                    startCell(line.substring(1), i + 1);
                } else if (cell == null) {
                    if (partial) {
                        return;
                    }
                    throw new SourceException(Location.ofLine(fileName, i + 1),
                            "text outside any cell: a table line must start with TAB");
                } else if (line.isEmpty() && !last && lines[i + 1].startsWith("\t")) {
                    endRow();
                } else if (line.isEmpty() && allEmptyFrom(lines, i) && !partial) {
                    trailer = "\n".repeat(lines.length - i);
                    break;
                } else {
                    cell.append('\n').append(line);
                }
            }
            if (!partial) {
                endCell();
                endRow();
                if (rows.isEmpty()) {
                    throw new SourceException(new Location(fileName, 1, 1, 2),
                            "no table after the title line: cells must start with TAB");
                }
            }
        }

        private static boolean allEmptyFrom(String[] lines, int from) {
            for (int i = from; i < lines.length; i++) {
                if (!lines[i].isEmpty()) {
                    return false;
                }
            }
            return true;
        }

        private void startCell(String text, int line) {
            endCell();
            if (cells.isEmpty()) {
                rowLine = line;
            }
            cell = new StringBuilder(text);
            cellLine = line;
        }

        private void endCell() {
            if (cell != null) {
                cells.add(new SourceCell(rows.size() + 1, cells.size() + 1, cellLine, cell.toString()));
                cell = null;
            }
        }

        private void endRow() {
            endCell();
            if (!cells.isEmpty()) {
                rows.add(new SourceRow(rows.size() + 1, rowLine, cells));
                cells = new ArrayList<>();
            }
        }

        int currentRow() {
            return rows.size() + 1;
        }

        int currentColumn() {
            return cells.size() + (cell == null ? 0 : 1);
        }

        SourceTable table(boolean bom, String lineBreak) {
            return SourceTable.text(fileName, title, rows, bom, lineBreak, trailer);
        }
    }
}
