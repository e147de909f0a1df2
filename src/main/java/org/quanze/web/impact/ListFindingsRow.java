package org.quanze.web.impact;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quanze.health.ListFindingCounts;
import org.quanze.web.list.ListChoice;

/** A line of /health's table of lists: the list with its title, and what the loads counted in it. */
record ListFindingsRow(String list, String title, long findings, long unverifiable, long reading) {

    /** The lists with anything counted, titled as the forms title them, in title order. */
    static List<ListFindingsRow> of(List<ListFindingCounts> counts, List<ListChoice> lists) {
        Map<String, String> titles = new HashMap<>();
        lists.stream().filter(l -> l.title() != null).forEach(l -> titles.putIfAbsent(l.list(), l.title()));
        return counts.stream().map(c -> new ListFindingsRow(c.list(), titles.getOrDefault(c.list(), c.list()),
                c.findings(), c.unverifiable(), c.reading()))
                .sorted(Comparator.comparing(ListFindingsRow::title).thenComparing(ListFindingsRow::list)).toList();
    }
}
