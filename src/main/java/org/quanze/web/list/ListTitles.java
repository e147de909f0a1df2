package org.quanze.web.list;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.quanze.store.GraphStore;
import org.quanze.web.PageQueries;
import org.springframework.stereotype.Component;

/**
 * Every list's title ({@code list-titles.rq}), read once for each generation of the store: the forms of search,
 * the impact report, health and point in time offer the first of them on every page, and only a write can change
 * them. Read at every request, they were a quarter of a search's time at 100× (800 lists, 45 ms).
 */
@Component
public class ListTitles {

    private final PageQueries queries;
    private final GraphStore store;
    private final AtomicReference<Read> last = new AtomicReference<>(new Read(null, List.of()));

    public ListTitles(PageQueries queries, GraphStore store) {
        this.queries = queries;
        this.store = store;
    }

    /** Every list with its title, by title. */
    public List<ListChoice> all() {
        // The generation before the read: a write during it leaves the titles under the older tag, read again next.
        String generation = store.generation().tag();
        Read read = last.get();
        if (!generation.equals(read.generation())) {
            read = new Read(generation, List.copyOf(queries.list("list-titles", Map.of(), ListChoice.class)));
            last.set(read);
        }
        return read.titles();
    }

    /** What a form offers: the first {@link ListChoices#OFFERED} by title. */
    public List<ListChoice> first() {
        return ListChoices.first(all());
    }

    private record Read(String generation, List<ListChoice> titles) {
    }
}
