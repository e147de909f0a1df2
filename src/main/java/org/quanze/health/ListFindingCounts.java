package org.quanze.health;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quanze.reading.GraphReader;
import org.quanze.reading.ImpactQueries;

/**
 * The findings of one list as the loads counted them ({@code health-list-tallies.rq}): the citation
 * findings but those that cannot be checked, the citations that cannot be checked, and what the reader
 * met in the list's table. What /health shows, a line per list, when there are more findings than a page
 * can list.
 *
 * @param list the list's IRI
 */
public record ListFindingCounts(String list, long findings, long unverifiable, long reading) {

    /** Every list with anything counted, in the order of their IRIs. */
    public static List<ListFindingCounts> read(GraphReader reader) {
        Map<String, long[]> byList = new LinkedHashMap<>();
        for (ListKindCountRow r : ImpactQueries.list(reader, "health-list-tallies", Map.of(), ListKindCountRow.class)) {
            long[] n = byList.computeIfAbsent(r.list(), l -> new long[3]);
            n[column(r.kind())] += r.n();
        }
        List<ListFindingCounts> lists = new ArrayList<>();
        byList.forEach((list, n) -> lists.add(new ListFindingCounts(list, n[0], n[1], n[2])));
        return lists;
    }

    /** 0: a citation finding, 1: a citation that cannot be checked, 2: anything else (what the reader met). */
    private static int column(String code) {
        if (FindingKind.UNVERIFIABLE.code().equals(code)) {
            return 1;
        }
        return FindingKind.ofCode(code).isPresent() ? 0 : 2;
    }
}
