package org.quanze.web.impact;

import java.util.List;
import org.quanze.queries.Row;

/**
 * How far the citations of one list could be checked: all of them, those whose cited version's
 * official text is held (checked), and of those the ones found right (no finding) and the ones
 * with a finding.
 */
record ListHealth(String list, String title, long citations, long checked, long withFindings) {

    static List<ListHealth> of(List<Row> rows) {
        return rows.stream().map(r -> new ListHealth(r.iri("list"), r.text("title"), r.count("citations"),
                r.count("checked"), r.count("withFindings"))).toList();
    }

    public long right() {
        return checked - withFindings;
    }

    /** The share of the citations checked against an official text, in whole percent. */
    public long checkedPercent() {
        return citations == 0 ? 0 : Math.round(100.0 * checked / citations);
    }
}
