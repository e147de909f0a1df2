package org.quanze.web.list;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.quanze.web.PageQueries;

/** The lists a form offers (the impact report, health, point in time). */
public final class ListChoices {

    /** How many lists a form offers, the first by title. */
    static final int OFFERED = 200;

    private ListChoices() {
    }

    /** The first {@link #OFFERED} of every list's title ({@code list-titles.rq} read whole): what a form offers. */
    public static List<ListChoice> first(List<ListChoice> all) {
        return all.subList(0, Math.min(OFFERED, all.size()));
    }

    /**
     * The form's lists ({@link #first}), and first the one asked for when
     * they leave it out, as {@code lookup} finds it (left out when no list has that IRI): over 8,000 lists a
     * report reached by a list's link showed "all lists" chosen and lost its list when the form was sent
     * again, and the point-in-time page answered that the list was not there.
     */
    public static List<ListChoice> offered(List<ListChoice> lists, String asked,
                                           Function<String, Optional<ListChoice>> lookup) {
        if (asked == null || lists.stream().anyMatch(l -> l.list().equals(asked))) {
            return lists;
        }
        Optional<ListChoice> found = lookup.apply(asked);
        if (found.isEmpty()) {
            return lists;
        }
        List<ListChoice> offered = new ArrayList<>();
        offered.add(found.get());
        offered.addAll(lists);
        return offered;
    }

    /** The list of that IRI with its title ({@code list-titles.rq}, bound to it), if the store holds one. */
    public static Optional<ListChoice> find(PageQueries queries, String list) {
        return queries.list("list-titles", PageQueries.iri("list", list), ListChoice.class).stream().findFirst();
    }
}
