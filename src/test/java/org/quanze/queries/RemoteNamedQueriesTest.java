package org.quanze.queries;

import org.quanze.RemoteFixture;
import org.quanze.store.GraphStore;

/**
 * The same named queries, with the same expected answers, against a real standalone Fuseki in
 * remote-store mode: the law texts and the Yulin list are loaded through the Graph Store Protocol.
 */
class RemoteNamedQueriesTest extends NamedQuerySuite {

    @Override
    GraphStore store() {
        return RemoteFixture.loadedStore();
    }
}
