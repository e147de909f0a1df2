package org.quanze.web.law;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.graph.NodeFactory;
import org.quanze.graph.CitationRole;
import org.quanze.graph.Iris;
import org.quanze.web.PageQueries;
import org.quanze.web.list.ListChoice;

/**
 * Everything that cites an article, as its page shows it: how many citations each list holds per
 * role (all of them), and the citations themselves for the first lists only, at most about
 * {@link #DETAILS} of them. The most cited articles are cited thousands of times by hundreds of
 * lists: a page of thousands of entries reads like nothing and takes seconds to make, while the
 * counts per list answer "who relies on this article" and the query page gives every row.
 */
public record CitedBy(List<ListTally> lists, Map<String, List<Citer>> shown) {

    /** Roughly how many citations are shown in full: whole lists, at least one. */
    public static final int DETAILS = 100;

    /** The roles, in the order the page shows them. */
    public static final List<String> ROLES = Arrays.stream(CitationRole.values()).map(CitationRole::code).toList();

    /** How often one list cites the article, per role. */
    public record ListTally(String graph, String list, String title, Map<String, Long> counts) {
        public long count(String role) {
            return counts.getOrDefault(role, 0L);
        }

        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** What cites {@code article}, read with the page queries; {@code titles}: every list's, by title ({@code ListTitles}). */
    public static CitedBy read(PageQueries queries, Iris iris, List<ListChoice> titles, String article) {
        return of(lists(queries, iris, titles, article), t -> queries.list("article-citers-in-list",
                Map.of("article", NodeFactory.createURI(article), "graph", NodeFactory.createURI(t.graph()),
                        "list", NodeFactory.createURI(t.list())), Citer.class));
    }

    /**
     * Every list citing {@code article}, with its counts per role, in the order of the lists' titles ({@code titles}:
     * every list's, by title, as {@code ListTitles} keeps them for the store's generation: the titles of the citing
     * lists' graphs, read at every request, were a fifth of the page's time for an article cited by 200 lists).
     */
    public static List<ListTally> lists(PageQueries queries, Iris iris, List<ListChoice> titles, String article) {
        List<ListCount> counts = queries.list("article-citers-by-list", PageQueries.iri("article", article), ListCount.Kept.class)
                .stream().flatMap(k -> ListCount.of(iris, k).stream()).toList();
        return counts.isEmpty() ? List.of() : tallies(counts, titles);
    }

    /**
     * The tallies, in the order of {@code titles}.
     *
     * @param counts the kept counts of {@code article-citers-by-list.rq} (graph, list, role, n)
     * @param titles every list with its title, in order
     */
    static List<ListTally> tallies(List<ListCount> counts, List<ListChoice> titles) {
        // A graph holds the lists of one file: a workbook of several sheets holds several, each counted apart.
        Map<String, Map<String, Long>> byList = new LinkedHashMap<>();
        Map<String, String> graphOf = new HashMap<>();
        counts.forEach(r -> {
            byList.computeIfAbsent(r.list(), l -> new LinkedHashMap<>()).merge(r.role(), r.n(), Long::sum);
            graphOf.putIfAbsent(r.list(), r.graph());
        });
        return titles.stream().filter(t -> byList.containsKey(t.list()))
                .map(t -> new ListTally(graphOf.get(t.list()), t.list(), t.title(), byList.get(t.list())))
                .toList();
    }

    /** The first lists whose citations are shown in full: until {@link #DETAILS} citations are reached. */
    public static List<ListTally> detailed(List<ListTally> lists) {
        List<ListTally> first = new ArrayList<>();
        long shown = 0;
        for (ListTally t : lists) {
            if (!first.isEmpty() && shown + t.total() > DETAILS) {
                break;
            }
            first.add(t);
            shown += t.total();
        }
        return first;
    }

    /**
     * @param lists   every list that cites the article
     * @param details the citations of one list (rows of {@code article-citers-in-list.rq})
     */
    public static CitedBy of(List<ListTally> lists, Function<ListTally, List<Citer>> details) {
        Map<String, List<Citer>> shown = new LinkedHashMap<>();
        ROLES.forEach(role -> shown.put(role, new ArrayList<>()));
        for (ListTally t : detailed(lists)) {
            details.apply(t).forEach(r -> shown.get(r.role()).add(r));
        }
        return new CitedBy(lists, shown);
    }

    /** Citations per role over every list. */
    public long total(String role) {
        return lists.stream().mapToLong(t -> t.count(role)).sum();
    }

    public long total() {
        return lists.stream().mapToLong(ListTally::total).sum();
    }

    public long shownCount() {
        return shown.values().stream().mapToLong(List::size).sum();
    }

    public int shownLists() {
        return detailed(lists).size();
    }

    /** Whether some citations are only counted, not shown. */
    public boolean partial() {
        return shownCount() < total();
    }

    /** A list's title by its IRI, to name the list of each citation shown. */
    public String title(String list) {
        return lists.stream().filter(t -> t.list().equals(list)).map(ListTally::title).findFirst().orElse(list);
    }
}
