package org.quanze.queries;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.quanze.Fixtures;
import org.quanze.store.GraphStore;
import org.quanze.store.Tdb2Store;

/** The named queries against the embedded TDB2 store. */
class EmbeddedNamedQueriesTest extends NamedQuerySuite {

    private static Tdb2Store store;

    @BeforeAll
    static void load() {
        store = Fixtures.loadedStore();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Override
    GraphStore store() {
        return store;
    }
}
