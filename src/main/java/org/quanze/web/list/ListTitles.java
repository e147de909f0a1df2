package org.quanze.web.list;

import java.util.List;
import java.util.Map;
import org.quanze.store.GraphStore;
import org.quanze.web.PageQueries;
import org.quanze.web.PerGeneration;
import org.springframework.stereotype.Component;

/**
 * Every list's title ({@code list-titles.rq}), read once for each generation of the store: the forms of search,
 * the impact report, health and point in time offer the first of them on every page, and only a write can change
 * them. Read at every request, they were a quarter of a search's time at 100× (800 lists, 45 ms).
 */
@Component
public class ListTitles {

    private final PerGeneration<List<ListChoice>> titles;

    public ListTitles(PageQueries queries, GraphStore store) {
        this.titles = new PerGeneration<>(store, () -> List.copyOf(queries.list("list-titles", Map.of(), ListChoice.class)));
    }

    /** Every list with its title, by title. */
    public List<ListChoice> all() {
        return titles.get();
    }

    /** What a form offers: the first {@link ListChoices#OFFERED} by title. */
    public List<ListChoice> first() {
        return ListChoices.first(all());
    }
}
