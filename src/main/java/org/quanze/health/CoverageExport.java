package org.quanze.health;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quanze.reading.Tables;

/** The coverage of each list (and of all together, the last row) as rows for CSV and JSON. */
public final class CoverageExport {

    public static final List<String> COLUMNS = List.of("list", "listIri", "citations", "checked", "share", "inferred",
            "otherVersion", "unknown");

    private CoverageExport() {
    }

    public static String csv(List<Coverage> lists) {
        return Tables.csv(COLUMNS, rows(lists));
    }

    public static String json(List<Coverage> lists) {
        return Tables.json(rows(lists));
    }

    private static List<Map<String, Object>> rows(List<Coverage> lists) {
        List<Map<String, Object>> rows = new ArrayList<>();
        lists.forEach(c -> rows.add(row(c)));
        if (lists.size() > 1) {
            rows.add(row(Coverage.total(lists)));
        }
        return rows;
    }

    private static Map<String, Object> row(Coverage c) {
        Map<String, Object> row = Tables.row();
        row.put("list", c.list() == null ? "(all lists)" : c.title());
        row.put("listIri", c.list());
        row.put("citations", c.citations());
        row.put("checked", c.checked());
        row.put("share", c.share());
        row.put("inferred", c.inferred());
        row.put("otherVersion", c.otherVersion());
        row.put("unknown", c.unknown());
        return row;
    }
}
