package org.quanze.impact.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.quanze.impact.VersionRef;
import org.quanze.impact.correspondence.ChangeType;

/**
 * The impact of one revision on the loaded lists: every citation into the old version, what
 * became of its article, grouped by power and by responsible unit, with totals per change type.
 */
public record ImpactReport(String documentKey, VersionRef from, VersionRef to, String list, List<ImpactRow> rows) {

    /** Rows that belong together (a power, a unit) with their totals per change type. */
    public record Group(String key, String label, List<ImpactRow> rows) {
        public Map<ChangeType, Long> totals() {
            return ImpactReport.totals(rows);
        }

        /** The numbers of the powers the group's rows belong to, each once. */
        public List<Integer> powerNumbers() {
            return rows.stream().map(r -> r.citation().powerNumber()).distinct().toList();
        }
    }

    public ImpactReport {
        rows = List.copyOf(rows);
    }

    /** Rows per change type, every type present (zero included), in the order of {@link ChangeType}. */
    public Map<ChangeType, Long> totals() {
        return totals(rows);
    }

    /** The old articles cited, each once, per change type. */
    public Map<ChangeType, Long> articleTotals() {
        Map<ChangeType, Long> totals = zero();
        rows.stream().map(r -> Map.entry(r.citation().articleNumber(), r.change())).distinct()
                .forEach(e -> totals.merge(e.getValue(), 1L, Long::sum));
        return totals;
    }

    /** By power, in list order. */
    public List<Group> byPower() {
        return group(r -> r.citation().power(), r -> r.citation().powerNumber() + ". " + r.citation().powerName());
    }

    /** By the unit responsible for the entry each citation backs, in order of first appearance. */
    public List<Group> byUnit() {
        return group(ImpactRow::unitName, ImpactRow::unitName);
    }

    /** Whether any cited article changed at all. */
    public boolean anyChange() {
        return rows.stream().anyMatch(r -> r.change() != ChangeType.UNCHANGED);
    }

    private List<Group> group(Function<ImpactRow, String> key, Function<ImpactRow, String> label) {
        Map<String, List<ImpactRow>> groups = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (ImpactRow r : rows) {
            groups.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r);
            labels.putIfAbsent(key.apply(r), label.apply(r));
        }
        return groups.entrySet().stream().map(e -> new Group(e.getKey(), labels.get(e.getKey()), e.getValue())).toList();
    }

    static Map<ChangeType, Long> totals(List<ImpactRow> rows) {
        Map<ChangeType, Long> totals = zero();
        rows.forEach(r -> totals.merge(r.change(), 1L, Long::sum));
        return totals;
    }

    private static Map<ChangeType, Long> zero() {
        Map<ChangeType, Long> totals = new EnumMap<>(ChangeType.class);
        for (ChangeType t : ChangeType.values()) {
            totals.put(t, 0L);
        }
        return totals;
    }
}
