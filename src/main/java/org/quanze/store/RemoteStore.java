package org.quanze.store;

import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionBuilder;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.core.DatasetGraph;
import org.quanze.search.FullTextIndex;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTPBuilder;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.apache.jena.sparql.modify.request.QuadAcc;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.update.UpdateRequest;
import org.quanze.graph.Iris;
import org.quanze.graph.Ontology;
import org.quanze.vocab.Prefixes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A remote SPARQL 1.1 store (Fuseki or any other) in place of the embedded folder. Reads go
 * through the query protocol; a load is checked here first (the new graphs with the law texts and
 * the ontology already in the store, derived facts and shapes included) and only then sent, one
 * graph at a time through the Graph Store Protocol, each replaced whole; the derived graph is then
 * recomputed in the store by one SPARQL update. The store must present the union of its named
 * graphs as its default graph (Fuseki: {@code tdb2:unionDefaultGraph true}).
 */
public final class RemoteStore implements GraphStore {

    private static final Query SOURCE_HASHES = QueryFactory.create("""
            PREFIX qz: <https://w3id.org/quanze/ontology#>
            SELECT DISTINCT ?g ?sha WHERE { GRAPH ?g { ?file a qz:SourceFile ; qz:sha256 ?sha } }""");
    /** The graphs a list's citations refer to: every source graph that is not itself a list. */
    private static final Query REFERENCE_GRAPHS = QueryFactory.create("""
            PREFIX qz: <https://w3id.org/quanze/ontology#>
            SELECT DISTINCT ?g WHERE { GRAPH ?g { ?file a qz:SourceFile }
              FILTER NOT EXISTS { GRAPH ?g { ?list a qz:PowerList } } }""");

    private static final Logger LOG = LoggerFactory.getLogger(RemoteStore.class);

    /** How often a server looks whether another process has written the store. */
    static final Duration GENERATION_POLL = Duration.ofSeconds(1);

    private final RemoteEndpoints endpoints;
    private final String derivedGraph;
    private final Ontology ontology;
    private final ShapeCheck shapes;
    private final RemoteGeneration generation;
    private final Query allQuads;
    private final Query quadCount;
    private final Query allQuadCount;

    public RemoteStore(RemoteEndpoints endpoints, Iris iris, Ontology ontology) {
        this.endpoints = endpoints;
        this.derivedGraph = iris.derivedGraph();
        this.ontology = ontology;
        this.shapes = new ShapeCheck(ontology.shapes());
        this.generation = new RemoteGeneration(iris.generationGraph(), GENERATION_POLL, Clock.systemUTC());
        // Quanze's graphs are all named under one base: a store may hold graphs of its own (Virtuoso's
        // system graphs, virtrdf# and others) that are no part of the product.
        String products = "FILTER(STRSTARTS(STR(?g), \"" + iris.graphs() + "\"))";
        this.allQuads = QueryFactory.create("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } " + products + " }");
        this.quadCount = QueryFactory.create("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } " + products
                + " FILTER(?g != <" + generation.graph() + ">) }");
        this.allQuadCount = QueryFactory.create("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } " + products + " }");
        if (endpoints.hasCredentials()) {
            // Jena answers the store's challenge (Basic or Digest) for every request to these endpoints.
            for (URI endpoint : List.of(endpoints.query(), endpoints.update(), endpoints.graphStore())) {
                AuthEnv.get().registerUsernamePassword(endpoint, endpoints.user(), endpoints.password());
            }
        }
    }

    @Override
    public Optional<DatasetGraph> localDataset() {
        return Optional.empty();
    }

    @Override
    public Optional<RemoteEndpoints> remoteEndpoints() {
        return Optional.of(endpoints);
    }

    @Override
    public TextSearch textSearch() {
        return endpoints.textSearch();
    }

    @Override
    public Optional<FullTextIndex> textIndex() {
        return Optional.empty();
    }

    private RDFConnection connect() {
        // A long query goes as an HTML form (query=…), not as a body of type application/sparql-query: both are
        // the standard protocol, but Virtuoso 7.2 never answers the latter (it waits for a form), and a query with a
        // bound Chinese IRI is past Jena's length for a GET.
        return RDFConnectionRemote.newBuilder()
                .querySendMode(QuerySendMode.asGetWithLimitForm)
                .queryEndpoint(endpoints.query().toString())
                .updateEndpoint(endpoints.update().toString())
                .gspEndpoint(endpoints.graphStore().toString())
                .build();
    }

    @Override
    public ResultSetRewindable select(Query query, Duration timeout) {
        long start = System.nanoTime();
        try (QueryExecution qe = execution(query, timeout)) {
            return ResultSetFactory.makeRewindable(CanonicalBooleans.of(qe.execSelect()));
        } catch (QueryExceptionHTTP e) {
            throw timedOut(e);
        } finally {
            timed(query, start);
        }
    }

    /**
     * Logs (DEBUG) how long the store took to answer a query, with its first lines: which of a page's queries is slow
     * on an engine is seen in the log, not guessed (logging.level.org.quanze.store.RemoteStore=DEBUG).
     */
    private static void timed(Query query, long start) {
        if (LOG.isDebugEnabled()) {
            String text = query.toString().replaceAll("(?m)^PREFIX .*\\n", "").replaceAll("\\s+", " ").strip();
            LOG.debug("{} ms: {}", (System.nanoTime() - start) / 1_000_000, text.length() > 300 ? text.substring(0, 300) + "…" : text);
        }
    }

    /**
     * A query that ran out of time, here (the HTTP request timed out) or in the store (Virtuoso answers
     * 500 with SQL state S1T00, error SR171 "Transaction timed out"), is cancelled as on the embedded store, so that the
     * pages say so (503); any other failure of the store stays as it is.
     */
    static RuntimeException timedOut(QueryExceptionHTTP e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpTimeoutException || t instanceof java.util.concurrent.TimeoutException) {
                return new QueryCancelledException();
            }
        }
        String said = String.valueOf(e.getResponse()) + " " + e.getMessage();
        if (said.contains("S1T00") || said.contains("SR171")) {
            return new QueryCancelledException();
        }
        return e;
    }

    /** The answers to a SELECT the store is asked for, preferred first. */
    static final String SELECT_RESULTS = "application/sparql-results+xml, application/sparql-results+json;q=0.9";

    /**
     * A query execution, with an overall timeout unless {@code timeout} is null: the query's text as the endpoints give
     * it (after the query prefix, if any, unparsed: an engine's directives are no SPARQL Jena would read back), sent as
     * a GET when short and as a form otherwise (see {@link #connect}).
     */
    private QueryExecution execution(Query query, Duration timeout) {
        QueryExecutionBuilder builder = QueryExecutionHTTPBuilder.service(endpoints.query().toString())
                .sendMode(QuerySendMode.asGetWithLimitForm).query(query).queryString(endpoints.queryText(query))
                // SPARQL XML first: Virtuoso 7.2 writes it twice as fast as JSON (the 11,581 rows of the impact
                // report's counts at 1000x: 1.1 s against 2.3-2.9 s, JSON escaping every Chinese character); Fuseki
                // writes either at once.
                .acceptHeaderSelectQuery(SELECT_RESULTS);
        if (timeout != null) {
            builder.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        return builder.build();
    }

    @Override
    public boolean ask(Query query) {
        try (QueryExecution qe = execution(query, null)) {
            return qe.execAsk();
        }
    }

    @Override
    public Model construct(Query query, Duration timeout) {
        long start = System.nanoTime();
        try (QueryExecution qe = execution(query, timeout)) {
            return qe.execConstruct();
        } catch (QueryExceptionHTTP e) {
            throw timedOut(e);
        } finally {
            timed(query, start);
        }
    }

    @Override
    public Map<String, String> sourceHashes() {
        Map<String, String> hashes = new HashMap<>();
        select(SOURCE_HASHES).forEachRemaining(r -> hashes.put(r.getResource("g").getURI(), r.getLiteral("sha").getString()));
        return hashes;
    }

    @Override
    public void apply(List<GraphUpdate> updates) {
        check(updates);
        try (RDFConnection conn = connect()) {
            for (GraphUpdate update : updates) {
                try {
                    conn.put(update.graphName(), update.content());
                } catch (HttpException e) {
                    throw refused("the graph " + update.graphName() + " (Graph Store Protocol PUT to " + endpoints.graphStore()
                            + ")", e);
                }
            }
            try {
                conn.update(derivation());
            } catch (HttpException | QueryException e) {
                throw refused("the update that recomputes the derived graph (to " + endpoints.update() + ")"
                        + failingRule(conn), e);
            }
            if (endpoints.textSearch() == TextSearch.VIRTUOSO) {
                indexTexts(updates);
            }
            conn.put(generation.graph(), generation.written());
        }
    }

    /**
     * Brings Virtuoso's free-text index up to the graphs just written, before the generation moves (a search must find
     * what a page already shows), then asks it for one of their texts: a store without the rule that indexes literals
     * would otherwise find nothing, silently.
     */
    private void indexTexts(List<GraphUpdate> written) {
        try (QueryExecution qe = execution(VirtuosoFreeText.INDEX, null)) {
            qe.execSelect().forEachRemaining(r -> { });
        } catch (HttpException | QueryException e) {
            throw refused("the call of its free-text indexer (the README's Virtuoso profile: GRANT EXECUTE ON "
                    + "DB.DBA.VT_INC_INDEX_DB_DBA_RDF_OBJ and on DB.DBA.VT_BATCH_REAL_PROCESS_1_DB_DBA_RDF_OBJ TO \"SPARQL\")", e);
        }
        Optional<String> text = VirtuosoFreeText.sample(written);
        if (text.isPresent() && !ask(VirtuosoFreeText.finds(text.get()))) {
            throw new StoreUnavailableException("Virtuoso's free-text index does not find \"" + text.get() + "\", just "
                    + "written: it queues literals for the index only by a rule (a new database of Virtuoso 7.2.5 has "
                    + "'ALL'; else DB.DBA.RDF_OBJ_FT_RULE_ADD(null, null, 'index_local'), the README's Virtuoso profile); "
                    + "or start without quanze.store.remote.text-index (the graphs sent stay written)");
        }
    }

    /** The store's refusal, with what was refused and the store's own words (its status and message). */
    private static StoreUnavailableException refused(String what, RuntimeException e) {
        String said = e instanceof HttpException h ? h.getStatusCode() + " " + h.getMessage()
                + (h.getResponse() == null ? "" : ": " + h.getResponse().strip())
                : e instanceof QueryExceptionHTTP q ? q.getStatusCode() + " " + q.getMessage()
                + (q.getResponse() == null ? "" : ": " + q.getResponse().strip()) : e.getMessage();
        return new StoreUnavailableException("the remote store refused " + what + ": " + said
                + " (the graphs sent before stay written; see the README's remote-store section for the grants an "
                + "update needs)", e);
    }

    /**
     * Which rule the store cannot run, found by asking it each rule's pattern as a query (a store that
     * refuses a construct it does not support refuses it as a query too); empty when each runs alone.
     */
    private String failingRule(RDFConnection conn) {
        for (Ontology.Rule rule : ontology.rules()) {
            Query probe = rule.query().cloneQuery();
            probe.setLimit(1);
            try (QueryExecution qe = conn.query(probe)) {
                qe.execConstruct();
            } catch (RuntimeException e) {
                return ", at the rule ontology/rules/" + rule.name() + " (" + e.getMessage() + ")";
            }
        }
        return "";
    }

    @Override
    public Generation generation() {
        return generation.current(this::connect);
    }

    /** Replaces every graph of the remote store with those of the backup (graph by graph, not in one transaction there). */
    @Override
    public void replaceAll(DatasetGraph data) {
        List<GraphUpdate> updates = new ArrayList<>();
        data.listGraphNodes().forEachRemaining(g -> {
            if (!g.getURI().equals(derivedGraph)) {
                updates.add(new GraphUpdate(g.getURI(), ModelFactory.createModelForGraph(data.getGraph(g))));
            }
        });
        check(updates);
        Set<String> kept = updates.stream().map(GraphUpdate::graphName).collect(Collectors.toSet());
        try (RDFConnection conn = connect()) {
            for (String graph : sourceHashes().keySet()) {
                if (!kept.contains(graph)) {
                    conn.delete(graph);
                }
            }
        }
        apply(updates);
    }

    /** Checks the updates with the law texts and the ontology of the store, as a load would, and sends nothing. */
    @Override
    public void check(List<GraphUpdate> updates) {
        Set<String> replaced = updates.stream().map(GraphUpdate::graphName).collect(Collectors.toSet());
        DatasetGraph local = DatasetGraphFactory.createGeneral();
        try (RDFConnection conn = connect()) {
            for (String graph : referenceGraphs()) {
                if (!replaced.contains(graph) && !graph.equals(derivedGraph)) {
                    local.addGraph(NodeFactory.createURI(graph), conn.fetch(graph).getGraph());
                }
            }
        }
        for (GraphUpdate update : updates) {
            local.addGraph(NodeFactory.createURI(update.graphName()), update.content().getGraph());
        }
        local.addGraph(NodeFactory.createURI(derivedGraph), new Derivation(ontology.rules()).derive(unionView(local)));
        List<String> violations = shapes.violations(local.getUnionGraph());
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    private List<String> referenceGraphs() {
        List<String> graphs = new ArrayList<>();
        select(REFERENCE_GRAPHS).forEachRemaining(r -> graphs.add(r.getResource("g").getURI()));
        return graphs;
    }

    /** A dataset whose default graph is the union of the named graphs of {@code dsg}, as the rules expect. */
    private static DatasetGraph unionView(DatasetGraph dsg) {
        DatasetGraph view = DatasetGraphFactory.create(dsg.getUnionGraph());
        dsg.listGraphNodes().forEachRemaining(n -> view.addGraph(n, dsg.getGraph(n)));
        return view;
    }

    /** The derived graph recomputed in the store: the rules as one update request, run in one transaction there. */
    private UpdateRequest derivation() {
        UpdateRequest request = new UpdateRequest();
        request.add(new UpdateDrop(NodeFactory.createURI(derivedGraph), true));
        for (Ontology.Rule rule : ontology.rules()) {
            QuadAcc insert = new QuadAcc();
            insert.setGraph(NodeFactory.createURI(derivedGraph));
            rule.query().getConstructTemplate().getTriples().forEach(insert::addTriple);
            UpdateModify modify = new UpdateModify();
            insert.getQuads().forEach(modify.getInsertAcc()::addQuad);
            modify.setElement(rule.query().getQueryPattern());
            modify.setHasInsertClause(true);
            request.add(modify);
        }
        request.setPrefixMapping(Prefixes.standard());
        return request;
    }

    @Override
    public List<String> validate() {
        return shapes.violations(everything().getUnionGraph());
    }

    @Override
    public void export(OutputStream out, Lang lang) {
        DatasetGraph all = everything();
        all.prefixes().putAll(Prefixes.standard().getNsPrefixMap());
        if (RDFLanguages.isQuads(lang)) {
            RDFDataMgr.write(out, all, lang);
        } else {
            RDFDataMgr.write(out, ModelFactory.createModelForGraph(all.getUnionGraph()).setNsPrefixes(Prefixes.standard()), lang);
        }
    }

    /**
     * Every quad of Quanze's graphs, read with a plain SPARQL query (any SPARQL 1.1 store answers it),
     * and counted: a store that cuts results at a number of rows (Virtuoso's {@code ResultSetMaxRows},
     * 10,000 unless set) would otherwise give a part of the store as if it were all of it.
     */
    private DatasetGraph everything() {
        DatasetGraph all = DatasetGraphFactory.createTxnMem();
        long[] read = {0};
        select(allQuads).forEachRemaining(r -> {
            all.add(r.get("g").asNode(), r.get("s").asNode(), r.get("p").asNode(), r.get("o").asNode());
            read[0]++;
        });
        long expected = select(allQuadCount).next().getLiteral("n").getLong();
        if (read[0] < expected) {
            throw new StoreUnavailableException("the remote store sent " + read[0] + " of its " + expected
                    + " quads: it cuts results (Virtuoso: raise ResultSetMaxRows in the [SPARQL] section of virtuoso.ini "
                    + "above the number of quads, see the README's Virtuoso profile)", null);
        }
        return all;
    }

    /** The quads of Quanze's named graphs, its record of writes left out (the embedded store keeps none). */
    @Override
    public long size() {
        return select(quadCount).next().getLiteral("n").getLong();
    }

    @Override
    public void close() {
        // Connections are opened per call; nothing is held open.
    }
}
