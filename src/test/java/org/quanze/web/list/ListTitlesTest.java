package org.quanze.web.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quanze.Fixtures;
import org.quanze.load.LoadListener;
import org.quanze.load.Source;
import org.quanze.store.Tdb2Store;
import org.quanze.web.PageQueries;

/**
 * The list titles the forms offer, read once per generation of the store: the same answer until a write, the
 * new titles after it, never the old.
 */
class ListTitlesTest {

    private static final String YULIN = "https://w3id.org/quanze/id/list/yulin-secrecy-bureau";

    @Test
    void shouldKeepTheTitlesUntilAWriteAndReadTheNewOnesAfterIt() {
        try (Tdb2Store store = Fixtures.loadedStore()) {
            ListTitles titles = new ListTitles(new PageQueries(store), store);

            List<ListChoice> before = titles.all();
            assertThat(before).extracting(ListChoice::list).containsExactly(YULIN);
            assertThat(titles.all()).as("read once for the generation").isSameAs(before);

            Fixtures.loader(store).load(Source.fromPaths(List.of(Path.of("data/lists/karamay/archives-bureau-2024.xlsx"))), LoadListener.NONE);

            // Independently: the lists the store now holds, by title.
            List<String> stored = Fixtures.select(store, "SELECT ?l ?t WHERE { ?l a qz:PowerList ; rdfs:label ?t } ORDER BY ?t ?l")
                    .stream().map(r -> r.get("l")).toList();
            assertThat(stored).hasSize(2).contains(YULIN);
            assertThat(titles.all()).extracting(ListChoice::list).isEqualTo(stored);
            assertThat(titles.first()).isEqualTo(titles.all());
        }
    }
}
