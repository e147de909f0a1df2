package org.quanze.impact.report;

import java.util.List;
import java.util.Map;
import org.quanze.reading.CitationRecord;
import org.quanze.reading.Tables;

/**
 * An impact report as rows for CSV and JSON: one per citation into the old version ({@code cites}
 * old: {@code oldArticle} is the one cited, {@code newArticles} where it went), and one per citation
 * into the new version ({@code cites} new: {@code oldArticles} where the cited one came from, none for
 * an added article; {@code oldArticle} empty).
 */
public final class ImpactExport {

    public static final List<String> COLUMNS = List.of("list", "listIri", "file", "power", "powerName", "role",
            "entry", "unit", "item", "citation", "document", "reference", "cites", "oldVersion", "oldArticle",
            "oldArticles", "change", "newVersion", "newArticles", "newTargets", "curated", "oldText", "newText");

    private ImpactExport() {
    }

    public static String csv(ImpactReport report) {
        return Tables.csv(COLUMNS, rows(report, false));
    }

    /** JSON rows carry the diff too, as segments: equal, deleted (old only) and inserted (new only) text. */
    public static String json(ImpactReport report) {
        return Tables.json(rows(report, true));
    }

    public static List<Map<String, Object>> rows(ImpactReport report, boolean withDiff) {
        return report.rows().stream().map(r -> row(r, withDiff)).toList();
    }

    private static Map<String, Object> row(ImpactRow r, boolean withDiff) {
        CitationRecord c = r.citation();
        Map<String, Object> row = Tables.row();
        row.put("list", c.source().listTitle());
        row.put("listIri", c.source().list());
        row.put("file", c.source().fileName());
        row.put("power", c.backs().powerNumber());
        row.put("powerName", c.backs().powerName());
        row.put("role", c.backs().role().code());
        row.put("entry", c.backs().entryNumber());
        row.put("unit", c.backs().unitName());
        row.put("item", c.written().item());
        row.put("citation", c.iri());
        row.put("document", c.resolved().documentKey());
        row.put("reference", c.written().reference());
        row.put("cites", r.citesNewer() ? "new" : "old");
        row.put("oldVersion", r.oldVersion());
        row.put("oldArticle", r.citesNewer() ? null : c.resolved().articleNumber());
        row.put("oldArticles", r.oldArticles());
        row.put("change", r.changeCode());
        row.put("newVersion", r.newVersion());
        row.put("newArticles", r.newArticles());
        row.put("newTargets", r.citesNewer() ? List.of(Integer.toString(c.resolved().articleNumber()))
                : r.targets().stream().map(t -> t.label()).toList());
        row.put("curated", r.curated());
        row.put("oldText", r.oldText());
        row.put("newText", r.newText());
        if (withDiff) {
            row.put("diff", r.diff().segments().stream().map(s -> Map.of("kind", s.kind().name().toLowerCase(
                    java.util.Locale.ROOT), "text", s.text())).toList());
        }
        return row;
    }
}
