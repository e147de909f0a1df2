package org.quanze.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.quanze.queries.Bindings;
import org.quanze.queries.QueryCatalogue;
import org.quanze.queries.Row;
import org.quanze.queries.TypedRows;
import org.quanze.store.GraphStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs the queries behind the pages: files of the {@link QueryCatalogue} (those of
 * {@code web/queries/}, and the reports' of {@code queries-internal/} a page shows), with their
 * parameters bound as terms (never pasted), each cancelled after the page timeout.
 */
@Component
public class PageQueries {

    /** What a page query may take when none is configured. */
    public static final Duration DEFAULT_TIMEOUT = QueryCatalogue.DEFAULT_TIMEOUT;

    private final GraphStore store;
    private final Duration timeout;
    private final QueryCatalogue catalogue = QueryCatalogue.bundled();

    public PageQueries(GraphStore store) {
        this(store, DEFAULT_TIMEOUT);
    }

    /** {@code timeout}: a page query running longer is cancelled and the page says so (503). */
    @Autowired
    public PageQueries(GraphStore store, @Value("${quanze.pages.query-timeout:30s}") Duration timeout) {
        this.store = store;
        this.timeout = timeout;
    }

    /** The query of that name (the file {@code web/queries/NAME.rq} or {@code queries-internal/NAME.rq}). */
    public Query query(String name) {
        return catalogue.query(name);
    }

    public List<Row> rows(String name, Map<String, Node> params) {
        return rows(Bindings.bind(query(name), params));
    }

    /** The rows of the query of that name, as the record that {@link org.quanze.queries.Fills fills} it. */
    public <R extends Record> List<R> list(String name, Map<String, Node> params, Class<R> type) {
        return list(name, Bindings.bind(query(name), params), type);
    }

    /** The rows of a query already bound (the query of that name), as records. */
    public <R extends Record> List<R> list(String name, Query bound, Class<R> type) {
        return TypedRows.read(name + ".rq", store.select(bound, timeout), type);
    }

    /** The first row of the query of that name, if any. */
    public <R extends Record> java.util.Optional<R> first(String name, Map<String, Node> params, Class<R> type) {
        return list(name, params, type).stream().findFirst();
    }

    public List<Row> rows(Query query) {
        return Row.all(store.select(query, timeout));
    }

    /** Runs a CONSTRUCT page query with its parameters bound. */
    public org.apache.jena.rdf.model.Model construct(String name, Map<String, Node> params) {
        return store.construct(Bindings.bind(query(name), params), timeout);
    }

    /** The store as the impact code reads it, each query cancelled after the page timeout as the pages' own. */
    public org.quanze.reading.GraphReader reader() {
        return query -> store.select(query, timeout);
    }

    public static Map<String, Node> iri(String var, String iri) {
        return Map.of(var, NodeFactory.createURI(iri));
    }
}
