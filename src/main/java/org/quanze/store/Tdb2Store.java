package org.quanze.store;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.query.TxnType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.quanze.graph.Ontology;
import org.quanze.search.FullTextIndex;
import org.quanze.vocab.Prefixes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded store: a TDB2 folder. The default graph of every query is the union of the named
 * graphs. One JVM per folder (TDB2's rule): inside the JVM everything shares this one dataset.
 */
public final class Tdb2Store implements GraphStore {

    private static final Logger LOG = LoggerFactory.getLogger(Tdb2Store.class);

    private static final Query SOURCE_HASHES = QueryFactory.create("""
            PREFIX qz: <https://w3id.org/quanze/ontology#>
            SELECT ?g ?sha WHERE { GRAPH ?g { ?file a qz:SourceFile ; qz:sha256 ?sha } }""");

    private final Dataset dataset;
    private final Node derivedGraph;
    private final Derivation derivation;
    private final ShapeCheck shapes;
    private final FullTextIndex text;
    private final ConformanceMark mark;
    private final WriteCheck check;
    /** Checks a write while the writer thread adds its quads. */
    private final ExecutorService checker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "quanze-write-check");
        t.setDaemon(true);
        return t;
    });
    private volatile WritePhases lastWrite = new WritePhases();
    /** Only this process writes the folder (TDB2 allows one), so its own count of writes is the generation. */
    private final WriteCounter writes = new WriteCounter();

    private Tdb2Store(Dataset dataset, String derivedGraph, Ontology ontology, FullTextIndex text, ConformanceMark mark) {
        this.dataset = dataset;
        this.mark = mark;
        this.derivedGraph = NodeFactory.createURI(derivedGraph);
        this.derivation = new Derivation(ontology.rules());
        this.shapes = new ShapeCheck(ontology.shapes());
        this.check = new WriteCheck(derivation, shapes, this.derivedGraph);
        this.text = text;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        text.attach(dataset.asDatasetGraph());
        text.synchronize(dataset.asDatasetGraph(), sourceHashes());
    }

    /**
     * Opens (or creates) the store in {@code folder}: the TDB2 database in {@code folder/tdb2}
     * and its full-text index in {@code folder/text}.
     */
    public static Tdb2Store open(Path folder, String derivedGraph, Ontology ontology) {
        return new Tdb2Store(StoreLock.connect(folder.resolve("tdb2")), derivedGraph, ontology,
                FullTextIndex.open(folder.resolve("text")), ConformanceMark.in(folder.resolve("conforms-to-shapes.txt")));
    }

    /** A store in memory, with the same transactions: for tests and throw-away runs. */
    public static Tdb2Store inMemory(String derivedGraph, Ontology ontology) {
        return new Tdb2Store(TDB2Factory.createDataset(), derivedGraph, ontology, FullTextIndex.inMemory(), ConformanceMark.inMemory());
    }

    public DatasetGraph datasetGraph() {
        return dataset.asDatasetGraph();
    }

    @Override
    public Optional<DatasetGraph> localDataset() {
        return Optional.of(datasetGraph());
    }

    @Override
    public Optional<RemoteEndpoints> remoteEndpoints() {
        return Optional.empty();
    }

    @Override
    public TextSearch textSearch() {
        return TextSearch.LUCENE;
    }

    @Override
    public Optional<FullTextIndex> textIndex() {
        return Optional.of(text);
    }

    @Override
    public ResultSetRewindable select(Query query, Duration timeout) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = execution(query, timeout)) {
                return FlatRows.copy(qe.execSelect());
            }
        });
    }

    /** An execution on the store, with an overall timeout unless {@code timeout} is null. */
    private QueryExecution execution(Query query, Duration timeout) {
        var builder = QueryExecution.dataset(dataset).query(query);
        if (timeout != null) {
            builder.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        return builder.build();
    }

    @Override
    public boolean ask(Query query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                return qe.execAsk();
            }
        });
    }

    @Override
    public Model construct(Query query, Duration timeout) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = execution(query, timeout)) {
                return qe.execConstruct();
            }
        });
    }

    @Override
    public Map<String, String> sourceHashes() {
        Map<String, String> hashes = new HashMap<>();
        select(SOURCE_HASHES).forEachRemaining(row ->
                hashes.put(row.getResource("g").getURI(), row.getLiteral("sha").getString()));
        return hashes;
    }

    @Override
    public void apply(List<GraphUpdate> updates) {
        write(updates, true);
    }

    @Override
    public Generation generation() {
        return writes.generation();
    }

    @Override
    public void check(List<GraphUpdate> updates) {
        write(updates, false);
    }

    @Override
    public List<String> validate() {
        return Txn.calculateRead(dataset, () -> shapes.violations(dataset.asDatasetGraph().getUnionGraph()));
    }

    @Override
    public void replaceAll(DatasetGraph data) {
        List<GraphUpdate> updates = new java.util.ArrayList<>();
        data.listGraphNodes().forEachRemaining(g -> {
            if (!g.equals(derivedGraph)) {
                updates.add(new GraphUpdate(g.getURI(), org.apache.jena.rdf.model.ModelFactory.createModelForGraph(data.getGraph(g))));
            }
        });
        write(updates, true, true);
        text.synchronize(dataset.asDatasetGraph(), sourceHashes());
        writes.written();
    }

    private void write(List<GraphUpdate> updates, boolean commit) {
        write(updates, commit, false);
    }

    /**
     * The one write path, in one transaction: the graphs being replaced (all of them when
     * {@code everything}) are removed and the new ones added in bulk, while another thread derives
     * and checks what the write will leave from the last commit and the new graphs in memory
     * ({@link WriteCheck}); the derived graph is added and the transaction committed only when the
     * check finds nothing, else it is aborted and nothing is written. The text index follows.
     */
    private void write(List<GraphUpdate> updates, boolean commit, boolean everything) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        WritePhases phases = new WritePhases();
        Map<Node, Graph> incoming = new LinkedHashMap<>();
        updates.forEach(u -> incoming.put(NodeFactory.createURI(u.graphName()), u.content().getGraph()));
        incoming.remove(derivedGraph);
        dataset.begin(TxnType.WRITE);
        try {
            Set<Node> replaced = new LinkedHashSet<>(incoming.keySet());
            replaced.add(derivedGraph);
            if (everything) {
                dsg.listGraphNodes().forEachRemaining(replaced::add);
            }
            boolean full = everything || !shapes.isLocal() || !mark.matches(shapes.fingerprint());
            Future<WriteCheck.Outcome> checking = checker.submit(() ->
                    Txn.calculateRead(dataset, () -> check.run(dsg, incoming, replaced, full)));
            long quads = 0;
            if (commit) {
                BulkQuads.remove(dsg, replaced);
                phases.done("remove");
                quads = BulkQuads.add(dsg, incoming, phases);
            }
            WriteCheck.Outcome outcome = outcome(checking);
            phases.done("wait-for-check");
            phases.count("check.derive", outcome.deriveMillis());
            phases.count("check.validate", outcome.validateMillis());
            phases.count("check.full", outcome.full() ? 1 : 0);
            phases.count("check.nodes", outcome.checkedNodes());
            if (!outcome.violations().isEmpty()) {
                throw new ValidationException(outcome.violations());
            }
            if (commit) {
                quads += BulkQuads.add(dsg, Map.of(derivedGraph, outcome.derived()), phases);
                phases.count("quads", quads);
                dsg.prefixes().putAll(Prefixes.standard().getNsPrefixMap());
                dataset.commit();
                mark.set(shapes.fingerprint());
                phases.done("commit");
            }
        } finally {
            if (dataset.isInTransaction()) {
                dataset.abort();
            }
            dataset.end();
        }
        if (commit) {
            Map<String, Graph> changed = new LinkedHashMap<>();
            incoming.forEach((name, graph) -> changed.put(name.getURI(), graph));
            try {
                text.update(changed, sourceHashes());
                phases.done("text");
            } finally {
                // After the text index too: a search answered from the new data and the old index must
                // not be kept as the new generation's answer.
                writes.written();
            }
        }
        lastWrite = phases;
        LOG.debug("write: {}", phases);
    }

    private static WriteCheck.Outcome outcome(Future<WriteCheck.Outcome> checking) {
        try {
            return checking.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the write was checked", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The phases of the last write of this store, timed (what the benchmark reports). */
    public WritePhases lastWrite() {
        return lastWrite;
    }

    @Override
    public void export(OutputStream out, Lang lang) {
        Txn.executeRead(dataset, () -> {
            if (RDFLanguages.isQuads(lang)) {
                RDFDataMgr.write(out, dataset.asDatasetGraph(), lang);
            } else {
                RDFDataMgr.write(out, dataset.getUnionModel(), lang);
            }
        });
    }

    @Override
    public long size() {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            var it = dataset.asDatasetGraph().find();
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    @Override
    public void close() {
        checker.shutdownNow();
        text.close();
        dataset.close();
    }
}
