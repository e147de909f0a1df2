package org.quanze.queries;

import org.quanze.RemoteFixture;
import org.quanze.store.GraphStore;

/**
 * The same named queries, with the same expected answers, against a real Virtuoso in remote-store
 * mode: the law texts and the Yulin list are loaded through its Graph Store Protocol endpoint.
 */
class VirtuosoNamedQueriesTest extends NamedQuerySuite {

    @Override
    GraphStore store() {
        return RemoteFixture.loadedVirtuoso();
    }
}
