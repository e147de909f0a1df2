package org.quanze.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.quanze.vocab.QZ;

/**
 * The full-text index of the store (jena-text over Lucene, with the SmartChineseAnalyzer so that
 * Chinese is split into words, not characters): names of powers and duties ({@code qz:name}), the
 * texts of duties, cases, exemptions and articles ({@code qz:text}) and the law texts the lists
 * quote in their citations ({@code qz:quotedText}). It is attached to the
 * dataset so that {@code text:query} works in every SPARQL query, the public endpoint included.
 * It is kept up to date graph by graph after each commit, and rebuilt when it does not match the
 * store (after a load by another process).
 */
public final class FullTextIndex implements AutoCloseable {

    static final String GRAPH_FIELD = "graph";
    private static final List<Node> INDEXED_TYPES = List.of(QZ.Article.asNode(), QZ.Power.asNode(), QZ.Duty.asNode(),
            QZ.AccountabilityCase.asNode(), QZ.Exemption.asNode(), QZ.Citation.asNode());
    private static final List<Node> INDEXED_PROPERTIES = List.of(QZ.text.asNode(), QZ.name.asNode(), QZ.quotedText.asNode());
    private static final String STATE_FILE = "quanze-state.txt";
    /**
     * What the index holds, kept in its state beside the store's: an index built by a build that
     * indexed other properties does not match the store, and is rebuilt.
     */
    static final String LAYOUT_KEY = "index-layout";
    static final String LAYOUT = "name text quotedText; hit as doc value";

    private final KeptOpenTextIndex index;
    private final Path folder;
    /** The state of the store the index was built for, when it has no folder to keep it in. */
    private Map<String, String> stateInMemory = Map.of();

    private FullTextIndex(Directory directory, Path folder) {
        this.index = new KeptOpenTextIndex(directory, config());
        this.folder = folder;
    }

    /** An index in a folder, kept between runs. */
    public static FullTextIndex open(Path folder) {
        try {
            Files.createDirectories(folder);
            return new FullTextIndex(FSDirectory.open(folder), folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the text index in " + folder, e);
        }
    }

    /** An index in memory, for a store in memory. */
    public static FullTextIndex inMemory() {
        return new FullTextIndex(new ByteBuffersDirectory(), null);
    }

    static TextIndexConfig config() {
        EntityDefinition def = new EntityDefinition("uri", "text", QZ.text.asNode());
        def.set("name", QZ.name.asNode());
        def.set("quote", QZ.quotedText.asNode());
        def.setGraphField(GRAPH_FIELD);
        def.setLangField("lang");
        TextIndexConfig config = new TextIndexConfig(def);
        // The same analyzer for the words searched: jena-text wraps it so that the IRI, graph and language fields are
        // read whole. Given as the query analyzer it was used for every field, and a search in one graph (GRAPH <g> {
        // ?s text:query … }) looked for the graph's IRI cut into words, and found nothing.
        config.setAnalyzer(new SmartChineseAnalyzer());
        config.setValueStored(true);
        return config;
    }

    /** A search on the index as last committed, for a page that counts every hit and shows a few ({@link TextHits}). */
    public TextHits hits() {
        return index.hits();
    }

    /** Makes {@code text:query} use this index in queries over the dataset. */
    public void attach(DatasetGraph dataset) {
        dataset.getContext().set(TextQuery.textIndex, index);
    }

    /**
     * Re-indexes the given graphs (after they were replaced), from their contents as written;
     * call after the commit, outside the write. Each graph is indexed from its own triples, as a
     * rebuild from the store would.
     */
    public synchronized void update(Map<String, Graph> graphs, Map<String, String> state) {
        graphs.keySet().forEach(this::deleteGraph);
        // On every core, a graph at a time from one queue: the Chinese analysis of the texts is the work (a tenth of a
        // load), and Lucene's writer takes documents from several threads at once, each analysing its own.
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> new Thread(r, "quanze-text-index"));
        try {
            List<Future<?>> added = new ArrayList<>();
            graphs.forEach((graph, content) -> added.add(pool.submit(() -> addGraph(NodeFactory.createURI(graph), content))));
            for (Future<?> f : added) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while indexing the texts", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        index.commit();
        writeState(withLayout(state));
    }

    /** Rebuilds the whole index when it was built for another state of the store, or by a build indexing other properties. */
    public synchronized void synchronize(DatasetGraph dataset, Map<String, String> storeState) {
        Map<String, String> state = withLayout(storeState);
        if (state.equals(readState())) {
            return;
        }
        try {
            index.getIndexWriter().deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Txn.executeRead(dataset, () -> dataset.listGraphNodes().forEachRemaining(g -> addGraph(g, dataset.getGraph(g))));
        index.commit();
        writeState(state);
    }

    private void deleteGraph(String graph) {
        try {
            index.getIndexWriter().deleteDocuments(new Term(GRAPH_FIELD, TextQueryFuncs.graphNodeToString(NodeFactory.createURI(graph))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> withLayout(Map<String, String> state) {
        Map<String, String> with = new TreeMap<>(state);
        with.put(LAYOUT_KEY, LAYOUT);
        return with;
    }

    /**
     * Indexes what people search for: the texts of articles, duties, cases and exemptions, the
     * names of powers and duties, and the quoted texts of citations. Paragraphs and items are left
     * out: their article is the hit.
     */
    private void addGraph(Node graph, Graph content) {
        for (Node predicate : INDEXED_PROPERTIES) {
            content.find(Node.ANY, predicate, Node.ANY).forEachRemaining(triple -> {
                if (!indexed(content, triple.getSubject())) {
                    return;
                }
                Entity entity = TextQueryFuncs.entityFromQuad(index.getDocDef(), new Quad(graph, triple));
                if (entity != null) {
                    index.addEntity(entity);
                }
            });
        }
    }

    private static boolean indexed(Graph content, Node subject) {
        for (Node type : INDEXED_TYPES) {
            if (content.contains(subject, RDF.type.asNode(), type)) {
                return true;
            }
        }
        return false;
    }

    private Map<String, String> readState() {
        if (folder == null || !Files.exists(folder.resolve(STATE_FILE))) {
            return stateInMemory;
        }
        try {
            Map<String, String> state = new TreeMap<>();
            for (String line : Files.readAllLines(folder.resolve(STATE_FILE), StandardCharsets.UTF_8)) {
                String[] parts = line.split("\t", 2);
                if (parts.length == 2) {
                    state.put(parts[0], parts[1]);
                }
            }
            return state;
        } catch (IOException e) {
            return Map.of();
        }
    }

    private void writeState(Map<String, String> state) {
        stateInMemory = Map.copyOf(state);
        if (folder == null) {
            return;
        }
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(state).forEach((k, v) -> sb.append(k).append('\t').append(v).append('\n'));
        try {
            Files.writeString(folder.resolve(STATE_FILE), sb.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the text index state", e);
        }
    }

    @Override
    public void close() {
        index.close();
    }
}
