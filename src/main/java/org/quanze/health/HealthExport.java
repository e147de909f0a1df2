package org.quanze.health;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quanze.reading.Tables;

/**
 * Citation findings as rows for CSV and JSON, in the order a person fixes the list, then the
 * reader's findings (their sheet and the warning as printed in the last two columns).
 */
public final class HealthExport {

    public static final List<String> COLUMNS = List.of("list", "listIri", "file", "row", "column", "kind", "power",
            "role", "entry", "item", "document", "title", "reference", "article", "citedText", "officialText",
            "knownFrom", "citation", "sheet", "message");

    private HealthExport() {
    }

    public static String csv(List<HealthFinding> findings, List<ReadingFinding> reading) {
        return Tables.csv(COLUMNS, rows(findings, reading));
    }

    public static String json(List<HealthFinding> findings, List<ReadingFinding> reading) {
        return Tables.json(rows(findings, reading));
    }

    public static List<Map<String, Object>> rows(List<HealthFinding> findings, List<ReadingFinding> reading) {
        List<Map<String, Object>> rows = new ArrayList<>(findings.stream().map(HealthExport::row).toList());
        reading.forEach(f -> rows.add(row(f)));
        return rows;
    }

    /** A reader's finding: the cell's text as what the list says, the warning as printed. */
    private static Map<String, Object> row(ReadingFinding f) {
        Map<String, Object> row = place(f.listTitle(), f.list(), f.fileName(), f.row(), f.column(), f.kind().code());
        row.put("citedText", f.cellText());
        row.put("sheet", f.sheet());
        row.put("message", f.message());
        return row;
    }

    private static Map<String, Object> row(HealthFinding f) {
        HealthFinding.Place p = f.place();
        Map<String, Object> row = place(p.listTitle(), p.list(), p.fileName(), p.row(), p.column(), f.kind().code());
        row.put("power", f.about().powerNumber());
        row.put("role", f.about().role().code());
        row.put("entry", f.about().entryNumber());
        row.put("item", f.about().item());
        row.put("document", f.cites().documentKey());
        row.put("title", f.cites().documentTitle());
        row.put("reference", f.cites().reference());
        row.put("article", f.cites().articleNumber());
        row.put("citedText", f.found().citedText());
        row.put("officialText", f.found().knownText());
        row.put("knownFrom", f.found().knownFrom());
        row.put("citation", f.about().citation());
        return row;
    }

    /** The columns every finding starts with: where it stands and of what kind. */
    private static Map<String, Object> place(String listTitle, String list, String file, int row, int column,
                                             String kind) {
        Map<String, Object> place = Tables.row();
        place.put("list", listTitle);
        place.put("listIri", list);
        place.put("file", file);
        place.put("row", row);
        place.put("column", column);
        place.put("kind", kind);
        return place;
    }
}
