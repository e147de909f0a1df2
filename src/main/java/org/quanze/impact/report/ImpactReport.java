package org.quanze.impact.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.quanze.impact.correspondence.ChangeType;
import org.quanze.reading.CitationRecord;
import org.quanze.reading.VersionRef;

/**
 * The impact of one revision on the loaded lists: every citation into the old version (and into the
 * new one), what became of its article, counted by list and by responsible unit with totals per
 * change type ({@code tallies}), and shown in full by power ({@code rows}): all of them in a whole
 * report (the downloads, the revised list), or one page of them — whole lists, about
 * {@link #DETAILS} citations — on the report page, which over hundreds of lists runs into thousands
 * of citations.
 *
 * @param tallies every citation of the report, as counted
 * @param rows    the citations shown in full: all of them, or those of page {@code page}
 * @param page      the page {@code rows} are (1 for a whole report)
 * @param pageCount how many pages the citations take ({@link #pages}; 1 for a whole report, all on one)
 */
public record ImpactReport(String documentKey, VersionRef from, VersionRef to, String list,
                           List<ImpactTally> tallies, List<ImpactRow> rows, int page, int pageCount) {

    /**
     * Roughly how many citations a page shows in full: whole lists, at least one. Each comes with the old and the new
     * text of its article side by side; a page of 100 (230 KB of HTML at 100× the data) took 40–50 ms alone and
     * missed 200 ms at the 95th percentile with eight clients on two cores (issue 15); 50 meet it.
     */
    public static final int DETAILS = 50;

    /** Citations that belong together (a list, a unit) with their totals per change type. */
    public record Group(String key, String label, List<ImpactTally> rows) {
        public Map<ChangeType, Long> totals() {
            return ImpactReport.totals(rows);
        }

        /** The numbers of the powers the group's citations belong to, each once. */
        public List<Integer> powerNumbers() {
            return rows.stream().map(ImpactTally::powerNumber).distinct().toList();
        }

        /** How many powers the group's citations belong to. */
        public long powers() {
            return rows.stream().map(ImpactTally::power).distinct().count();
        }

        /** How many lists the group's citations belong to. */
        public long lists() {
            return rows.stream().map(ImpactTally::list).distinct().count();
        }
    }

    /** The rows shown of one power. */
    public record PowerGroup(String key, String label, List<ImpactRow> rows) {
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
        tallies = List.copyOf(tallies);
        rows = List.copyOf(rows);
    }

    /** A whole report: every citation shown in full. */
    public static ImpactReport whole(String documentKey, VersionRef from, VersionRef to, String list, List<ImpactRow> rows) {
        return new ImpactReport(documentKey, from, to, list, rows.stream().map(ImpactRow::tally).toList(), rows, 1, 1);
    }

    /** Citations per change type, every type present (zero included), in the order of {@link ChangeType}. */
    public Map<ChangeType, Long> totals() {
        return totals(tallies);
    }

    /** The articles cited (of the old version, or of the new one), each once, per change type. */
    public Map<ChangeType, Long> articleTotals() {
        Map<ChangeType, Long> totals = zero();
        tallies.stream().map(t -> Map.entry(t.citesNewer() + "/" + t.articleNumber(), t.change()))
                .distinct()
                .forEach(e -> totals.merge(e.getValue(), 1L, Long::sum));
        return totals;
    }

    /** How many citations are of the old version. */
    public long citingOlder() {
        return tallies.size() - citingNewer();
    }

    /** How many citations are of the new version (the list already cites the text the revision made). */
    public long citingNewer() {
        return tallies.stream().filter(ImpactTally::citesNewer).count();
    }

    /** By list, in the order of the lists' titles. */
    public List<Group> byList() {
        return byList(tallies);
    }

    /**
     * The lists this page shows in full, as {@link #byList} counts them (all their citations, of both versions): the
     * table by list goes with the pages. Every list on each page made it a third of a page's time at 100× (100
     * lists), and at 1000× it would be a thousand rows on every page.
     */
    public List<Group> byListShown() {
        Set<String> shown = rows.stream().map(r -> r.citation().source().list()).collect(Collectors.toSet());
        return byList().stream().filter(g -> shown.contains(g.key())).toList();
    }

    /** How many lists cite either version. */
    public long listCount() {
        return tallies.stream().map(ImpactTally::list).distinct().count();
    }

    /** Whether the citations come from more than one list. */
    public boolean manyLists() {
        return tallies.stream().map(ImpactTally::list).distinct().limit(2).count() > 1;
    }

    /** The rows shown, by power, in list order; each power named with its list when there are several. */
    public List<PowerGroup> byPower() {
        boolean named = manyLists();
        Map<String, List<ImpactRow>> groups = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (ImpactRow r : rows) {
            CitationRecord.Backs b = r.citation().backs();
            groups.computeIfAbsent(b.power(), k -> new ArrayList<>()).add(r);
            String listTitle = r.citation().source().listTitle();
            labels.putIfAbsent(b.power(), (named && listTitle != null ? listTitle + " · " : "") + b.powerNumber() + ". "
                    + b.powerName());
        }
        return groups.entrySet().stream().map(e -> new PowerGroup(e.getKey(), labels.get(e.getKey()), e.getValue())).toList();
    }

    /** By the unit responsible for the entry each citation backs, in order of first appearance. */
    public List<Group> byUnit() {
        return group(tallies, ImpactTally::unitName, ImpactTally::unitName);
    }

    /** Whether any cited article changed at all. */
    public boolean anyChange() {
        return tallies.stream().anyMatch(t -> t.change() != ChangeType.UNCHANGED);
    }

    /** Whether some citations are counted but not shown in full. */
    public boolean partial() {
        return rows.size() < tallies.size();
    }

    /** How many lists the rows shown belong to. */
    public long shownLists() {
        return rows.stream().map(r -> r.citation().source().list()).distinct().count();
    }

    /**
     * The pages to link to from this one: the first, the last, and the two either side of this one, in
     * order; a 0 stands for the pages left out between two of them.
     */
    public List<Integer> pageLinks() {
        int last = pageCount;
        List<Integer> links = new ArrayList<>();
        for (int p = 1; p <= last; p++) {
            if (p == 1 || p == last || Math.abs(p - page) <= 2) {
                if (!links.isEmpty() && links.get(links.size() - 1) != p - 1) {
                    links.add(0);
                }
                links.add(p);
            }
        }
        return links;
    }

    /**
     * The lists of each page, in {@link #byList} order: whole lists until about {@link #DETAILS}
     * citations, at least one list a page.
     */
    static List<List<String>> pages(List<ImpactTally> tallies) {
        List<List<String>> pages = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int size = 0;
        for (Group g : byList(tallies)) {
            if (!current.isEmpty() && size + g.rows().size() > DETAILS) {
                pages.add(current);
                current = new ArrayList<>();
                size = 0;
            }
            current.add(g.key());
            size += g.rows().size();
        }
        if (!current.isEmpty()) {
            pages.add(current);
        }
        return pages;
    }

    private static List<Group> byList(List<ImpactTally> tallies) {
        return group(tallies, ImpactTally::list, ImpactTally::listLabel).stream()
                .sorted(Comparator.comparing(Group::label).thenComparing(Group::key)).toList();
    }

    private static List<Group> group(List<ImpactTally> of, Function<ImpactTally, String> key,
                                     Function<ImpactTally, String> label) {
        Map<String, List<ImpactTally>> groups = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (ImpactTally t : of) {
            groups.computeIfAbsent(key.apply(t), k -> new ArrayList<>()).add(t);
            labels.putIfAbsent(key.apply(t), label.apply(t));
        }
        return groups.entrySet().stream().map(e -> new Group(e.getKey(), labels.get(e.getKey()), e.getValue())).toList();
    }

    static Map<ChangeType, Long> totals(List<ImpactTally> tallies) {
        Map<ChangeType, Long> totals = zero();
        tallies.forEach(t -> totals.merge(t.change(), 1L, Long::sum));
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
