package org.quanze.reading;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.quanze.ingest.Codes;
import org.quanze.queries.Bindings;
import org.quanze.queries.QueryCatalogue;
import org.quanze.queries.TypedRows;

/**
 * The queries of the health and impact code: the files of {@code queries-internal/} in the
 * {@link QueryCatalogue} (which the pages show too), run with their parameters bound as terms.
 */
public final class ImpactQueries {

    private ImpactQueries() {
    }

    public static Query query(String name) {
        return QueryCatalogue.bundled().query(QueryCatalogue.Shelf.INTERNAL, name);
    }

    /** The rows of the query of that name, as the record that {@link org.quanze.queries.Fills fills} it. */
    public static <R extends Record> List<R> list(GraphReader reader, String name, Map<String, Node> params, Class<R> type) {
        return list(reader, name, Bindings.bind(query(name), params), type);
    }

    /** The rows of a query already bound (the query of that name), as records. */
    public static <R extends Record> List<R> list(GraphReader reader, String name, Query bound, Class<R> type) {
        return TypedRows.read("queries-internal/" + name + ".rq", reader.select(bound), type, Codes::named);
    }

    /**
     * The rows of a query that must be read whole (every citation of the store, every list file's counts):
     * an answer as long as the query's {@code LIMIT} was cut by it, and is refused rather than taken for all
     * (a recompute at 100x once read the first 100,000 of the store's citations and wrote no finding for the
     * lists past them).
     */
    public static <R extends Record> List<R> whole(GraphReader reader, String name, Map<String, Node> params, Class<R> type) {
        return whole(reader, name, Bindings.bind(query(name), params), type);
    }

    /** As {@link #whole(GraphReader, String, Map, Class)}, the query of that name already bound. */
    public static <R extends Record> List<R> whole(GraphReader reader, String name, Query bound, Class<R> type) {
        List<R> rows = list(reader, name, bound, type);
        if (bound.hasLimit() && rows.size() >= bound.getLimit()) {
            throw new IllegalStateException("queries-internal/" + name + ".rq: its answer reached its LIMIT "
                    + bound.getLimit() + " and may be cut short: the store is larger than the query was written for");
        }
        return rows;
    }

    public static Map<String, Node> iri(String var, String iri) {
        return Map.of(var, NodeFactory.createURI(iri));
    }
}
