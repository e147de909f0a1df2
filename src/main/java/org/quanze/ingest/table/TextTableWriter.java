package org.quanze.ingest.table;

/** Writes a table back in the published text format; the inverse of {@link TextTableReader}. */
public final class TextTableWriter {

    public String write(SourceTable table) {
        StringBuilder sb = new StringBuilder();
        if (table.byteOrderMark()) {
            sb.append('\uFEFF');
        }
        boolean first = true;
        if (table.titleLine() != null) {
            sb.append(table.titleLine());
            first = false;
        }
        for (int r = 0; r < table.rows().size(); r++) {
            for (SourceCell cell : table.rows().get(r).cells()) {
                if (!first) {
                    sb.append('\n');
                    // A blank line before a row's first cell is what separates rows.
                    if (cell.column() == 1 && r > 0) {
                        sb.append('\n');
                    }
                }
                first = false;
                sb.append('\t').append(cell.text());
            }
        }
        sb.append(table.trailer());
        String text = sb.toString();
        return table.lineBreak().equals("\n") ? text : text.replace("\n", table.lineBreak());
    }
}
