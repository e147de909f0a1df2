package org.quanze.impact;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.quanze.queries.Bindings;
import org.quanze.queries.Row;

/**
 * The queries of the impact code: files {@code web/queries/impact-*.rq} and {@code health-*.rq} on
 * the class path (shared with the pages), parsed once, run with their parameters bound as terms.
 */
public final class ImpactQueries {

    private static final String LOCATION = "/web/queries/";
    private static final Map<String, Query> PARSED = new ConcurrentHashMap<>();

    private ImpactQueries() {
    }

    public static Query query(String name) {
        return PARSED.computeIfAbsent(name, ImpactQueries::load);
    }

    public static List<Row> rows(GraphReader reader, String name, Map<String, Node> params) {
        return Row.all(reader.select(Bindings.bind(query(name), params)));
    }

    public static List<Row> rows(GraphReader reader, String name) {
        return rows(reader, name, Map.of());
    }

    public static Map<String, Node> iri(String var, String iri) {
        return Map.of(var, NodeFactory.createURI(iri));
    }

    private static Query load(String name) {
        try (InputStream in = ImpactQueries.class.getResourceAsStream(LOCATION + name + ".rq")) {
            if (in == null) {
                throw new IllegalArgumentException("no query web/queries/" + name + ".rq");
            }
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
