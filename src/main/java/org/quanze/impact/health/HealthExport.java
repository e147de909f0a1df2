package org.quanze.impact.health;

import java.util.List;
import java.util.Map;
import org.quanze.impact.Tables;

/** Citation findings as rows for CSV and JSON, in the order a person fixes the list. */
public final class HealthExport {

    public static final List<String> COLUMNS = List.of("list", "listIri", "file", "row", "column", "kind", "power",
            "role", "entry", "item", "document", "title", "reference", "article", "citedText", "officialText",
            "knownFrom", "citation");

    private HealthExport() {
    }

    public static String csv(List<HealthFinding> findings) {
        return Tables.csv(COLUMNS, rows(findings));
    }

    public static String json(List<HealthFinding> findings) {
        return Tables.json(rows(findings));
    }

    public static List<Map<String, Object>> rows(List<HealthFinding> findings) {
        return findings.stream().map(HealthExport::row).toList();
    }

    private static Map<String, Object> row(HealthFinding f) {
        Map<String, Object> row = Tables.row();
        row.put("list", f.listTitle());
        row.put("listIri", f.list());
        row.put("file", f.fileName());
        row.put("row", f.row());
        row.put("column", f.column());
        row.put("kind", f.kind().code());
        row.put("power", f.powerNumber());
        row.put("role", f.role());
        row.put("entry", f.entryNumber());
        row.put("item", f.item());
        row.put("document", f.documentKey());
        row.put("title", f.documentTitle());
        row.put("reference", f.reference());
        row.put("article", f.articleNumber());
        row.put("citedText", f.citedText());
        row.put("officialText", f.knownText());
        row.put("knownFrom", f.knownFrom());
        row.put("citation", f.citation());
        return row;
    }
}
