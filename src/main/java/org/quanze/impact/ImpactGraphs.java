package org.quanze.impact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.quanze.graph.Iris;
import org.quanze.health.CitationHealth;
import org.quanze.health.HealthFinding;
import org.quanze.health.HealthGraph;
import org.quanze.health.LevelTags;
import org.quanze.impact.correspondence.CorrespondenceGraphs;
import org.quanze.impact.correspondence.CorrespondenceOverrides;
import org.quanze.load.Loader;
import org.quanze.queries.Bindings;
import org.quanze.reading.CitationRecord;
import org.quanze.reading.Citations;
import org.quanze.reading.GraphReader;
import org.quanze.reading.ImpactQueries;
import org.quanze.store.GraphStore;

/**
 * The graphs computed from the others, kept with them in the store: one article correspondence
 * per pair of consecutive versions with official text ({@code graph/correspondence/…}) and the
 * citation findings, one graph per list file ({@code graph/health/{file}}), and {@code graph/health}
 * saying they were computed.
 * <p>
 * They go in with every load, in its transaction, when the loader has this as a contributor
 * ({@link #contributor}): {@link #updates} gives the graphs a load must add to its own so that,
 * once written, these are current. It looks at the store as the load will leave it, at what the
 * load writes, removes or can affect only ({@link ScopedUpdates}), and gives only the graphs that
 * differ from what is stored, so a load that changes nothing still writes nothing. {@link #refresh} does the same for the store as it is,
 * and writes: for a store loaded without the contributor.
 */
public final class ImpactGraphs {

    /**
     * The named graphs, grouped rather than DISTINCT: the same answer, but Virtuoso 7.2.5 answers the grouping from its
     * graph index (42 ms for 1,500 graphs and 2 million quads) and the DISTINCT by every quad (past its 120 s, which
     * left a store migrated to a new findings format with its old counts).
     */
    private static final Query NAMED_GRAPHS = QueryFactory.create("SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g");
    private static final Query GRAPH = QueryFactory.create("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }");

    private final Iris iris;
    private final ImpactIris ids;
    private final CorrespondenceGraphs correspondences;
    private final CitationHealth health;
    private final ScopedUpdates scoped;

    public ImpactGraphs(Iris iris) {
        this(iris, CorrespondenceOverrides.bundled());
    }

    public ImpactGraphs(Iris iris, CorrespondenceOverrides overrides) {
        this.iris = iris;
        this.ids = new ImpactIris(iris);
        this.correspondences = new CorrespondenceGraphs(ids, overrides);
        this.health = new CitationHealth(iris);
        this.scoped = new ScopedUpdates(iris, health, correspondences);
    }

    /**
     * The impact graphs to write together with {@code pending} (the graphs a load is about to
     * write): those that would change, and an empty graph for each stored one no longer called for.
     * For a load, they are computed for what it writes, removes or can affect only ({@link ScopedUpdates});
     * with nothing pending, for the whole store, each compared with the one stored.
     */
    public List<GraphStore.GraphUpdate> updates(GraphStore store, List<GraphStore.GraphUpdate> pending) {
        if (!pending.isEmpty()) {
            return scoped.updates(store, pending);
        }
        Map<String, Model> wanted = compute(GraphReader.of(store));
        List<GraphStore.GraphUpdate> updates = new ArrayList<>();
        for (Map.Entry<String, Model> e : wanted.entrySet()) {
            if (!stored(store, e.getKey()).isIsomorphicWith(e.getValue())) {
                updates.add(new GraphStore.GraphUpdate(e.getKey(), e.getValue()));
            }
        }
        for (String graph : storedImpactGraphs(store)) {
            if (!wanted.containsKey(graph)) {
                updates.add(new GraphStore.GraphUpdate(graph, ModelFactory.createDefaultModel()));
            }
        }
        return updates;
    }

    /**
     * This, as a contributor of graphs to every load into {@code store}:
     * {@code new Loader(…).with(impactGraphs.contributor(store))}. The loader calls it with the
     * graphs it is about to write, and writes what it gives in the same transaction.
     */
    public Loader.Contributor contributor(GraphStore store) {
        return (reports, updates, options) -> updates(store, updates);
    }

    /** Brings the impact graphs of the store up to date; whether anything had to be written. */
    public boolean refresh(GraphStore store) {
        List<GraphStore.GraphUpdate> updates = updates(store, List.of());
        if (!updates.isEmpty()) {
            store.apply(updates);
        }
        return !updates.isEmpty();
    }

    /**
     * Brings the article correspondences alone up to date (not the citation findings, which read
     * every citation of the store into memory at once): what the impact report needs, for a store
     * too large for that, such as the benchmark's at 1000×. Whether anything had to be written.
     */
    public boolean refreshCorrespondences(GraphStore store) {
        List<GraphStore.GraphUpdate> updates = new ArrayList<>();
        correspondences.compute(GraphReader.of(store)).forEach((graph, model) -> {
            if (!stored(store, graph).isIsomorphicWith(model)) {
                updates.add(new GraphStore.GraphUpdate(graph, model));
            }
        });
        if (!updates.isEmpty()) {
            store.apply(updates);
        }
        return !updates.isEmpty();
    }

    /**
     * Every impact graph as the data read through {@code reader} calls for, by graph name: the
     * correspondences, the health graph that says the findings were computed, and the health graph of
     * each list file ({@link FileHealthGraph}), with its findings, the level tags of its citations, its citations
     * of each article and its findings of each kind counted. Reads every citation at once.
     */
    public Map<String, Model> compute(GraphReader reader) {
        Map<String, Model> graphs = new LinkedHashMap<>(correspondences.compute(reader));
        graphs.put(ids.healthGraph(), HealthGraph.marker(ids.healthGraph()));
        Map<String, String> graphOfList = new HashMap<>();
        Map<String, List<HealthFinding>> findings = new TreeMap<>();
        Map<String, List<CitationRecord>> citations = new HashMap<>();
        for (GraphListRow r : ImpactQueries.whole(reader, "impact-list-graphs", Map.of(), GraphListRow.class)) {
            graphOfList.put(r.list(), r.graph());
            findings.put(r.graph(), new ArrayList<>());
            citations.put(r.graph(), new ArrayList<>());
        }
        List<CitationRecord> all = Citations.all(reader);
        all.forEach(c -> citations.get(graphOfList.get(c.list())).add(c));
        health.check(reader, all, LevelTags.of(all)).forEach(f -> findings.get(graphOfList.get(f.place().list())).add(f));
        Map<String, FileHealthGraph.Counts> counts = FileHealthGraph.count(reader, citations);
        findings.forEach((graph, found) -> graphs.put(iris.healthGraphOf(graph), FileHealthGraph.build(iris, graph, found,
                LevelTags.of(citations.get(graph)), counts.getOrDefault(graph, FileHealthGraph.Counts.NONE))));
        return graphs;
    }

    /** The name of the graph of citation findings. */
    public String healthGraph() {
        return ids.healthGraph();
    }

    public boolean isImpactGraph(String graph) {
        return ids.isImpactGraph(graph);
    }

    private static Model stored(GraphStore store, String graph) {
        return store.construct(Bindings.bind(GRAPH, Map.of("g", org.apache.jena.graph.NodeFactory.createURI(graph))));
    }

    private List<String> storedImpactGraphs(GraphStore store) {
        List<String> graphs = new ArrayList<>();
        store.select(NAMED_GRAPHS).forEachRemaining(r -> {
            String g = r.getResource("g").getURI();
            if (ids.isImpactGraph(g)) {
                graphs.add(g);
            }
        });
        return graphs;
    }
}
