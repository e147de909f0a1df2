package org.quanze.reading;

import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSetRewindable;
import org.quanze.store.GraphStore;

/**
 * What the impact code reads: SELECT queries over the union of the named graphs. A store is one
 * ({@code store::select}); so is impact's {@code Snapshot} of what a load is about to write.
 */
@FunctionalInterface
public interface GraphReader {

    ResultSetRewindable select(Query query);

    static GraphReader of(GraphStore store) {
        return store::select;
    }
}
