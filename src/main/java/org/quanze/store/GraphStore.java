package org.quanze.store;

import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.quanze.search.FullTextIndex;

/**
 * Where the graph lives. Reads see one consistent state; {@link #apply} replaces whole named
 * graphs, recomputes the derived graph and validates everything in one transaction, so that a
 * failed write leaves the store exactly as it was.
 */
public interface GraphStore extends AutoCloseable {

    /** A named graph to put in place of the one of the same name (if any). */
    record GraphUpdate(String graphName, Model content) {
    }

    /** The rows of a SELECT query, with no time limit. */
    default ResultSetRewindable select(Query query) {
        return select(query, null);
    }

    /**
     * As {@link #select(Query)}, given up after {@code timeout} with a
     * {@link org.apache.jena.query.QueryCancelledException}: what the pages run, so that one slow
     * question does not hold a server thread for long.
     */
    ResultSetRewindable select(Query query, Duration timeout);

    boolean ask(Query query);

    /** The graph a CONSTRUCT query makes, with no time limit. */
    default Model construct(Query query) {
        return construct(query, null);
    }

    /** As {@link #construct(Query)}, given up after {@code timeout} (null: no time limit). */
    Model construct(Query query, Duration timeout);

    /** The SHA-256 recorded for the source file of each named graph: what a reload compares. */
    Map<String, String> sourceHashes();

    /**
     * Puts the graphs in place, recomputes the derived graph and commits only if the whole store
     * then conforms to the shapes.
     *
     * @throws ValidationException when it would not conform; nothing is written then
     */
    void apply(List<GraphUpdate> updates);

    /** Does everything {@link #apply} does, then throws the result away: a dry run. */
    void check(List<GraphUpdate> updates);

    /** The violations of the shapes in the store as it is (empty when it conforms). */
    List<String> validate();

    /**
     * Replaces the whole store with the named graphs of {@code data} (a restore), recomputing the
     * derived graph and checking the shapes first; nothing is changed when it would not conform.
     */
    void replaceAll(DatasetGraph data);

    /** Writes every named graph in a quad format (N-Quads, TriG) or the union in a triple format. */
    void export(OutputStream out, Lang lang);

    /** The number of quads in the named graphs. */
    long size();

    /** The state of the data now: it changes with every write to the store. */
    Generation generation();

    /**
     * The dataset itself when it lives in this process (a TDB2 folder), for what must run on it
     * directly, such as Fuseki's SPARQL endpoint; empty for a remote store.
     */
    Optional<DatasetGraph> localDataset();

    /**
     * The endpoints of the store when it is remote, to which the public SPARQL routes pass
     * through; empty for a store in this process.
     */
    Optional<RemoteEndpoints> remoteEndpoints();

    /**
     * How queries find texts by their words: the full-text index of the store in this process ({@code text:query},
     * kept by {@link org.quanze.search.FullTextIndex}), a remote Virtuoso's own, or a scan.
     */
    TextSearch textSearch();

    /** The full-text index of a store in this process, for searches read from it directly ({@link org.quanze.search.TextHits}). */
    Optional<FullTextIndex> textIndex();

    @Override
    void close();
}
