package org.quanze.impact.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.quanze.impact.correspondence.ChangeType;
import org.quanze.reading.CitationRecord;
import org.quanze.reading.VersionRef;

/**
 * The impact of one revision on the loaded lists: every citation into the old version, what
 * became of its article, grouped by list, by power and by responsible unit, with totals per change
 * type. Over hundreds of lists the rows run into thousands: {@link #shownByPower} is the part a
 * page shows in full (whole lists, about {@link #DETAILS} rows), the rest being counted per list.
 */
public record ImpactReport(String documentKey, VersionRef from, VersionRef to, String list, List<ImpactRow> rows) {

    /** Roughly how many rows a page shows in full: whole lists, at least one. */
    public static final int DETAILS = 100;

    /** Rows that belong together (a list, a power, a unit) with their totals per change type. */
    public record Group(String key, String label, List<ImpactRow> rows) {
        public Map<ChangeType, Long> totals() {
            return ImpactReport.totals(rows);
        }

        /** The numbers of the powers the group's rows belong to, each once. */
        public List<Integer> powerNumbers() {
            return rows.stream().map(r -> r.citation().backs().powerNumber()).distinct().toList();
        }

        /** How many powers the group's rows belong to. */
        public long powers() {
            return rows.stream().map(r -> r.citation().backs().power()).distinct().count();
        }

        /** How many lists the group's rows belong to. */
        public long lists() {
            return rows.stream().map(r -> r.citation().source().list()).distinct().count();
        }

        /**
         * The group's rows by the old article they cite, in order of first appearance: a power whose
         * own basis and a duty's basis cite one article shows that article's change and diff once.
         */
        public List<ArticleRows> byArticle() {
            Map<String, List<ImpactRow>> byArticle = new LinkedHashMap<>();
            rows.forEach(r -> byArticle.computeIfAbsent(r.citation().resolved().article(), a -> new ArrayList<>()).add(r));
            return byArticle.values().stream().map(ArticleRows::new).toList();
        }
    }

    /** The citations of one old article within a group; they share its change, its successors and its diff. */
    public record ArticleRows(List<ImpactRow> rows) {
        public ImpactRow first() {
            return rows.get(0);
        }
    }

    public ImpactReport {
        rows = List.copyOf(rows);
    }

    /** Rows per change type, every type present (zero included), in the order of {@link ChangeType}. */
    public Map<ChangeType, Long> totals() {
        return totals(rows);
    }

    /** The articles cited (of the old version, or of the new one), each once, per change type. */
    public Map<ChangeType, Long> articleTotals() {
        Map<ChangeType, Long> totals = zero();
        rows.stream().map(r -> Map.entry(r.citesNewer() + "/" + r.citation().resolved().articleNumber(), r.change()))
                .distinct()
                .forEach(e -> totals.merge(e.getValue(), 1L, Long::sum));
        return totals;
    }

    /** How many rows cite the new version (the list already cites the text the revision made). */
    public long citingNewer() {
        return rows.stream().filter(ImpactRow::citesNewer).count();
    }

    /** By list, in the order of the lists' titles. */
    public List<Group> byList() {
        return group(r -> r.citation().source().list(), r -> Objects.requireNonNullElse(r.citation().source().listTitle(),
                r.citation().source().list())).stream().sorted(java.util.Comparator.comparing(Group::label)).toList();
    }

    /** Whether the rows come from more than one list. */
    public boolean manyLists() {
        return rows.stream().map(r -> r.citation().source().list()).distinct().limit(2).count() > 1;
    }

    /** By power, in list order; each power named with its list when there are several. */
    public List<Group> byPower() {
        return byPower(rows);
    }

    /** By power, the rows of the first lists (in {@link #byList} order) until about {@link #DETAILS} rows. */
    public List<Group> shownByPower() {
        return byPower(shownRows());
    }

    /** The rows shown in full: those of the first lists, whole, until about {@link #DETAILS}. */
    public List<ImpactRow> shownRows() {
        List<ImpactRow> shown = new ArrayList<>();
        for (Group g : byList()) {
            if (!shown.isEmpty() && shown.size() + g.rows().size() > DETAILS) {
                break;
            }
            shown.addAll(g.rows());
        }
        return shown;
    }

    /** How many lists {@link #shownRows} covers. */
    public long shownLists() {
        return shownRows().stream().map(r -> r.citation().source().list()).distinct().count();
    }

    /** Whether some rows are only counted (per list), not shown. */
    public boolean partial() {
        return shownRows().size() < rows.size();
    }

    private List<Group> byPower(List<ImpactRow> of) {
        boolean named = manyLists();
        return group(of, r -> r.citation().backs().power(), r -> {
            CitationRecord.Backs b = r.citation().backs();
            String listTitle = r.citation().source().listTitle();
            return (named && listTitle != null ? listTitle + " · " : "") + b.powerNumber() + ". " + b.powerName();
        });
    }

    /** By the unit responsible for the entry each citation backs, in order of first appearance. */
    public List<Group> byUnit() {
        return group(rows, ImpactRow::unitName, ImpactRow::unitName);
    }

    /** Whether any cited article changed at all. */
    public boolean anyChange() {
        return rows.stream().anyMatch(r -> r.change() != ChangeType.UNCHANGED);
    }

    private List<Group> group(Function<ImpactRow, String> key, Function<ImpactRow, String> label) {
        return group(rows, key, label);
    }

    private static List<Group> group(List<ImpactRow> of, Function<ImpactRow, String> key, Function<ImpactRow, String> label) {
        Map<String, List<ImpactRow>> groups = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (ImpactRow r : of) {
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
