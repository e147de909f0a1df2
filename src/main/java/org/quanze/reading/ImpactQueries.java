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

    public static Map<String, Node> iri(String var, String iri) {
        return Map.of(var, NodeFactory.createURI(iri));
    }
}
