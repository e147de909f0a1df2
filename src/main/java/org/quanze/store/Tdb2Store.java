package org.quanze.store;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.quanze.graph.Ontology;
import org.quanze.search.FullTextIndex;
import org.quanze.vocab.Prefixes;

/**
 * The embedded store: a TDB2 folder. The default graph of every query is the union of the named
 * graphs. One JVM per folder (TDB2's rule): inside the JVM everything shares this one dataset.
 */
public final class Tdb2Store implements GraphStore {

    private static final Query SOURCE_HASHES = QueryFactory.create("""
            PREFIX qz: <https://w3id.org/quanze/ontology#>
            SELECT ?g ?sha WHERE { GRAPH ?g { ?file a qz:SourceFile ; qz:sha256 ?sha } }""");

    private final Dataset dataset;
    private final Node derivedGraph;
    private final Derivation derivation;
    private final ShapeCheck shapes;
    private final FullTextIndex text;

    private Tdb2Store(Dataset dataset, String derivedGraph, Ontology ontology, FullTextIndex text) {
        this.dataset = dataset;
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
                FullTextIndex.open(folder.resolve("text")));
    }

    /** A store in memory, with the same transactions: for tests and throw-away runs. */
    public static Tdb2Store inMemory(String derivedGraph, Ontology ontology) {
        return new Tdb2Store(TDB2Factory.createDataset(), derivedGraph, ontology, FullTextIndex.inMemory());
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

    /** The one write path: replace graphs (all of them when {@code everything}), derive, check, commit. */
    private void write(List<GraphUpdate> updates, boolean commit, boolean everything) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        dataset.begin(TxnType.WRITE);
        try {
            if (everything) {
                List<Node> all = new java.util.ArrayList<>();
                dsg.listGraphNodes().forEachRemaining(all::add);
                all.forEach(dsg::removeGraph);
            }
            for (GraphUpdate update : updates) {
                Node name = NodeFactory.createURI(update.graphName());
                dsg.removeGraph(name);
                dsg.addGraph(name, update.content().getGraph());
            }
            dsg.removeGraph(derivedGraph);
            Graph derived = derivation.derive(dsg);
            dsg.addGraph(derivedGraph, derived);
            List<String> violations = shapes.violations(dsg.getUnionGraph());
            if (!violations.isEmpty()) {
                throw new ValidationException(violations);
            }
            dsg.prefixes().putAll(Prefixes.standard().getNsPrefixMap());
            if (commit) {
                dataset.commit();
            }
        } finally {
            if (dataset.isInTransaction()) {
                dataset.abort();
            }
            dataset.end();
        }
        if (commit) {
            List<String> changed = new java.util.ArrayList<>(updates.stream().map(GraphUpdate::graphName).toList());
            text.update(dsg, changed, sourceHashes());
        }
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
