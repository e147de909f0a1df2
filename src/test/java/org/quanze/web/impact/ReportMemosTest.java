package org.quanze.web.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.quanze.Fixtures;
import org.quanze.impact.report.ReportMemo;
import org.quanze.store.GraphStore;
import org.quanze.store.Tdb2Store;
import org.quanze.web.PageQueries;

/** The impact reports' memo lasts as long as the store's generation: the same until a write, a new one after it. */
class ReportMemosTest {

    @Test
    void shouldKeepOneMemoPerGenerationOfTheStore() {
        try (Tdb2Store store = Fixtures.emptyStore()) {
            ReportMemos memos = new ReportMemos(store, new PageQueries(store));
            ReportMemo first = memos.current();
            assertThat(memos.documents()).as("an empty store: nothing to report on").isEmpty();

            assertThat(memos.current()).as("no write between").isSameAs(first);
            Model graph = ModelFactory.createDefaultModel();
            graph.createResource("https://example.org/t/thing").addProperty(graph.createProperty("https://example.org/t/p"), "x");
            store.apply(List.of(new GraphStore.GraphUpdate("https://example.org/t/graph", graph)));

            assertThat(memos.current()).as("after a write").isNotSameAs(first);
            assertThat(memos.current()).isSameAs(memos.current());
        }
    }
}
