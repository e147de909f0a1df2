package org.quanze.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.quanze.queries.Bindings;
import org.quanze.queries.Row;
import org.quanze.store.GraphStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The queries behind the pages: files in {@code web/queries/} on the class path, parsed once, run
 * with their parameters bound as terms (never pasted), each with a LIMIT of its own.
 */
@Component
public class PageQueries {

    private static final String LOCATION = "/web/queries/";

    /** What a page query may take when none is configured. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final GraphStore store;
    private final Duration timeout;
    private final Map<String, Query> parsed = new ConcurrentHashMap<>();

    public PageQueries(GraphStore store) {
        this(store, DEFAULT_TIMEOUT);
    }

    /** {@code timeout}: a page query running longer is cancelled and the page says so (503). */
    @Autowired
    public PageQueries(GraphStore store, @Value("${quanze.pages.query-timeout:30s}") Duration timeout) {
        this.store = store;
        this.timeout = timeout;
    }

    /** The query of that name (the file {@code web/queries/NAME.rq}). */
    public Query query(String name) {
        return parsed.computeIfAbsent(name, PageQueries::load);
    }

    public List<Row> rows(String name, Map<String, Node> params) {
        return rows(Bindings.bind(query(name), params));
    }

    public List<Row> rows(Query query) {
        return Row.all(store.select(query, timeout));
    }

    /** Runs a CONSTRUCT page query with its parameters bound. */
    public org.apache.jena.rdf.model.Model construct(String name, Map<String, Node> params) {
        return store.construct(Bindings.bind(query(name), params), timeout);
    }

    /** The store as the impact code reads it, each query cancelled after the page timeout as the pages' own. */
    public org.quanze.impact.GraphReader reader() {
        return query -> store.select(query, timeout);
    }

    public static Map<String, Node> iri(String var, String iri) {
        return Map.of(var, NodeFactory.createURI(iri));
    }

    private static Query load(String name) {
        try (InputStream in = PageQueries.class.getResourceAsStream(LOCATION + name + ".rq")) {
            if (in == null) {
                throw new IllegalArgumentException("no page query " + name);
            }
            Query q = QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (!q.hasLimit()) {
                throw new IllegalStateException("web/queries/" + name + ".rq has no LIMIT");
            }
            return q;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
