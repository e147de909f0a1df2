package org.quanze.store;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.query.TxnType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDFS;
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
    private volatile WritePhases lastWrite = new WritePhases();

    private Tdb2Store(Dataset dataset, String derivedGraph, Ontology ontology, FullTextIndex text, ConformanceMark mark) {
        this.dataset = dataset;
        this.mark = mark;
        this.derivedGraph = NodeFactory.createURI(derivedGraph);
        this.derivation = new Derivation(ontology.rules());
        this.shapes = new ShapeCheck(ontology.shapes());
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
    public ResultSetRewindable select(Query query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                return ResultSetFactory.copyResults(qe.execSelect());
            }
        });
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
    public Model construct(Query query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
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
    }

    private void write(List<GraphUpdate> updates, boolean commit) {
        write(updates, commit, false);
    }

    /**
     * The one write path, in one transaction: remove the graphs being replaced (all of them when
     * {@code everything}), derive and check the result before anything is added (the store with
     * the new graphs is read through a view: the graphs kept, in TDB2, and the new ones, in
     * memory), and only then add the new graphs in bulk and commit. The shapes are checked on the
     * nodes the write can affect ({@link ChangeScope}) when they are local and the store
     * conformed to them before; otherwise on the whole store.
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
            Graph old = full ? GraphFactory.createGraphMem() : contents(dsg, replaced);
            Predicate<Node> known = knownNodes(dsg);
            BulkQuads.remove(dsg, replaced);
            phases.done("remove");
            IncomingGraphs fresh = new IncomingGraphs(incoming);
            Graph others = new ReadOnly(dsg.getUnionGraph());
            Graph after = new Layered(fresh, others, known);
            Graph derived = derivation.derive(view(dsg, after, incoming));
            fresh.put(derivedGraph, derived);
            phases.done("derive");
            full = full || hierarchyChanged(fresh, old, others);
            List<String> violations;
            if (full) {
                violations = shapes.violations(after);
            } else {
                Set<Node> candidates = ChangeScope.candidates(fresh, old, others, known, after);
                candidates.addAll(shapes.namedFocusNodes());
                phases.count("checkedNodes", candidates.size());
                violations = shapes.violations(after, candidates);
            }
            phases.count("fullCheck", full ? 1 : 0);
            phases.done("validate");
            if (!violations.isEmpty()) {
                throw new ValidationException(violations);
            }
            if (commit) {
                Map<Node, Graph> all = new LinkedHashMap<>(incoming);
                all.put(derivedGraph, derived);
                phases.count("quads", BulkQuads.add(dsg, all, phases));
                dsg.prefixes().putAll(Prefixes.standard().getNsPrefixMap());
                phases.done("add");
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
            text.update(changed, sourceHashes());
            phases.done("text");
        }
        lastWrite = phases;
        LOG.debug("write: {}", phases);
    }

    /** The phases of the last write of this store, timed (what the benchmark reports). */
    public WritePhases lastWrite() {
        return lastWrite;
    }

    /** What the graphs hold now, copied into memory (the graphs a write replaces: small beside the store). */
    private static Graph contents(DatasetGraph dsg, Set<Node> graphs) {
        Graph copy = GraphFactory.createGraphMem();
        for (Node g : graphs) {
            dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> copy.add(q.asTriple()));
        }
        return copy;
    }

    /** Whether a node has an id in the store (it may have been in a graph before); asked before anything is added. */
    private static Predicate<Node> knownNodes(DatasetGraph dsg) {
        if (!TDBInternal.isBackedByTDB(dsg)) {
            return n -> true;
        }
        NodeTable nodes = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable().getNodeTable();
        Map<Node, Boolean> seen = new HashMap<>();
        return n -> seen.computeIfAbsent(n, x -> !NodeId.isDoesNotExist(nodes.getNodeIdForNode(x)));
    }

    /**
     * Whether the union gains or loses an {@code rdfs:subClassOf} triple: that can change which
     * nodes every shape targets, so such a write is checked in full.
     */
    private static boolean hierarchyChanged(Graph fresh, Graph old, Graph others) {
        Node sub = RDFS.subClassOf.asNode();
        return fresh.find(Node.ANY, sub, Node.ANY).filterDrop(t -> old.contains(t) || others.contains(t)).hasNext()
                || old.find(Node.ANY, sub, Node.ANY).filterDrop(t -> fresh.contains(t) || others.contains(t)).hasNext();
    }

    /**
     * The dataset the rules run over: the union after the write as its default graph and every
     * graph by name (the kept ones in TDB2, the new ones in memory), as {@code GRAPH ?g} expects.
     */
    private static DatasetGraph view(DatasetGraph dsg, Graph union, Map<Node, Graph> incoming) {
        DatasetGraph view = DatasetGraphFactory.create(union);
        dsg.listGraphNodes().forEachRemaining(g -> view.addGraph(g, new ReadOnly(dsg.getGraph(g))));
        incoming.forEach(view::addGraph);
        return view;
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
        text.close();
        dataset.close();
    }
}
