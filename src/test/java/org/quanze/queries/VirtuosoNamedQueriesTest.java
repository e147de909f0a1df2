package org.quanze.queries;

import org.junit.jupiter.api.BeforeAll;
import org.quanze.RemoteFixture;
import org.quanze.store.GraphStore;
import org.quanze.store.RemoteStore;

/**
 * The same named queries, with the same expected answers, against a real Virtuoso in remote-store
 * mode: the law texts and the Yulin list are loaded through its Graph Store Protocol endpoint.
 */
class VirtuosoNamedQueriesTest extends NamedQuerySuite {

    private static RemoteStore store;

    @BeforeAll
    static void start() throws Exception {
        store = RemoteFixture.loadedVirtuoso();
    }

    @Override
    GraphStore store() {
        return store;
    }
}
