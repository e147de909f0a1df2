package org.quanze.queries;

import org.junit.jupiter.api.AutoClose;
import org.quanze.Fixtures;
import org.quanze.store.GraphStore;
import org.quanze.store.Tdb2Store;

/** The named queries against the embedded TDB2 store. */
class EmbeddedNamedQueriesTest extends NamedQuerySuite {

    @AutoClose
    private static final Tdb2Store store = Fixtures.loadedStore();

    @Override
    GraphStore store() {
        return store;
    }
}
