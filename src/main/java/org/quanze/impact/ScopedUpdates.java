package org.quanze.impact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.quanze.graph.Iris;
import org.quanze.health.CitationHealth;
import org.quanze.health.HealthGraph;
import org.quanze.health.LevelTags;
import org.quanze.impact.correspondence.CorrespondenceGraphs;
import org.quanze.queries.Bindings;
import org.quanze.reading.CitationRecord;
import org.quanze.reading.Citations;
import org.quanze.reading.GraphReader;
import org.quanze.reading.ImpactQueries;
import org.quanze.store.GraphStore;

/**
 * The impact graphs a load calls for, computed for what it writes, removes or can affect, and for
 * nothing else, so that the cost of a load follows the load and not the store:
 * <ul>
 * <li>the health graph of each list file the load writes or removes; of each list file citing a
 * document whose official texts the load writes or removes (its versions, their texts, its level
 * change); of each list file citing a document whose level by most citations the load changes (the
 * only thing other lists decide in a list's findings); and of each list file that has none yet;</li>
 * <li>the correspondences of the documents whose official texts the load writes or removes.</li>
 * </ul>
 * A list file's findings are computed from its graph and the official texts it cites (its
 * {@link Neighbourhood}), with the level tags of every list added up from the tallies each health graph
 * keeps. A load that writes the ontology, or a store whose findings were never computed file by file,
 * has every list file checked, still each from its own neighbourhood.
 */
record ScopedUpdates(Iris iris, CitationHealth health, CorrespondenceGraphs correspondences) {

    /** A list file checked: its graph's name, what its findings are read from, its citations, their tags. */
    private record Checked(String graph, GraphReader reader, List<CitationRecord> citations, LevelTags tags) {
    }

    /** What a load touches: the list files it writes or removes, and the documents whose official texts it changes. */
    private record Touched(Set<String> lists, Set<String> documents) {

        static Touched by(AfterLoad after) {
            Set<String> lists = new TreeSet<>();
            Set<String> documents = new TreeSet<>();
            for (String g : after.pendingGraphs()) {
                if (after.heldList(g) || after.holdsList(g)) {
                    lists.add(g);
                } else {
                    documents.addAll(after.storedDocuments(g));
                    documents.addAll(after.pendingDocuments(g));
                }
            }
            return new Touched(lists, documents);
        }
    }

    List<GraphStore.GraphUpdate> updates(GraphStore store, List<GraphStore.GraphUpdate> pending) {
        AfterLoad after = new AfterLoad(store, pending);
        Map<String, String> healthGraphs = storedHealthGraphs(after.storeReader());
        boolean everything = after.writes(iris.ontologyGraph()) || !perFile(after.storeReader());
        Touched touched = Touched.by(after);
        Set<String> lists = after.listGraphs();
        Neighbourhood texts = new Neighbourhood(after, iris.ontologyGraph());
        Map<String, Checked> checked = new LinkedHashMap<>();
        readAll(texts, after, affected(after, everything, touched, lists, healthGraphs)).forEach(c -> checked.put(c.graph(), c));
        LevelTags tags = everything ? sum(checked) : levelTags(texts, after, touched.lists(), healthGraphs, checked);
        List<GraphStore.GraphUpdate> updates = healthUpdates(after, checked, tags, healthGraphs);
        healthGraphs.forEach((list, name) -> {
            if (!lists.contains(list)) {
                updates.add(new GraphStore.GraphUpdate(name, ModelFactory.createDefaultModel()));
            }
        });
        Model marker = HealthGraph.marker(iris.healthGraph());
        if (!after.stored(iris.healthGraph()).isIsomorphicWith(marker.getGraph())) {
            updates.add(new GraphStore.GraphUpdate(iris.healthGraph(), marker));
        }
        updates.addAll(correspondences(after, everything ? allDocuments(after, touched.documents()) : touched.documents()));
        return updates;
    }

    /** The list files to check before the level tags are added up (which can call for more). */
    private static Set<String> affected(AfterLoad after, boolean everything, Touched touched, Set<String> lists,
                                        Map<String, String> healthGraphs) {
        if (everything) {
            return lists;
        }
        Set<String> affected = new TreeSet<>();
        touched.lists().stream().filter(lists::contains).forEach(affected::add);
        lists.stream().filter(g -> !healthGraphs.containsKey(g)).forEach(affected::add);
        affected.addAll(after.storedListsCiting(touched.documents()));
        return affected;
    }

    /**
     * The health graph of each list file checked, where it differs from the one stored. The files are checked on
     * every core (each from its own neighbourhood, in memory: nothing of the store is read), then compared with
     * the stored graphs on this thread, which holds the store's reads.
     */
    private List<GraphStore.GraphUpdate> healthUpdates(AfterLoad after, Map<String, Checked> checked, LevelTags tags,
                                                       Map<String, String> healthGraphs) {
        List<Model> built = new ArrayList<>(checked.values()).parallelStream().map(c -> FileHealthGraph.build(iris, c.graph(),
                health.check(c.reader(), c.citations(), tags), c.tags(),
                FileHealthGraph.count(c.reader(), Map.of(c.graph(), c.citations()))
                        .getOrDefault(c.graph(), FileHealthGraph.Counts.NONE))).toList();
        List<GraphStore.GraphUpdate> updates = new ArrayList<>();
        int i = 0;
        for (Checked c : checked.values()) {
            Model model = built.get(i++);
            String name = iris.healthGraphOf(c.graph());
            if (!healthGraphs.containsKey(c.graph()) || !after.stored(name).isIsomorphicWith(model.getGraph())) {
                updates.add(new GraphStore.GraphUpdate(name, model));
            }
        }
        return updates;
    }

    /**
     * The citations of the list files, each read from its own neighbourhood, on every core. The neighbourhoods are
     * all made first, on this thread: making one adds the texts it cites to those the others share, and reads the
     * store; the queries then only read memory.
     */
    private static List<Checked> readAll(Neighbourhood texts, AfterLoad after, Set<String> graphs) {
        Map<String, Neighbourhood.FileView> readers = new LinkedHashMap<>();
        graphs.forEach(g -> readers.put(g, texts.of(g, after.graph(g))));
        return new ArrayList<>(readers.entrySet()).parallelStream().map(e -> checked(e.getKey(), e.getValue())).toList();
    }

    /** Reads one list file's citations from its neighbourhood. */
    private static Checked read(Neighbourhood texts, AfterLoad after, String graph) {
        return checked(graph, texts.of(graph, after.graph(graph)));
    }

    private static Checked checked(String graph, Neighbourhood.FileView view) {
        List<CitationRecord> citations = Citations.all(view.citations());
        return new Checked(graph, view.reader(), citations, LevelTags.of(citations));
    }

    /**
     * The level tags of every list once the load is written, for the documents the checked lists cite:
     * the kept tallies of the lists not checked, the new tags of those checked. A document whose level by
     * most citations the load changes (the tags of the lists it writes or removes decide that) has every
     * list citing it checked too, and added to {@code checked}.
     */
    private static LevelTags levelTags(Neighbourhood texts, AfterLoad after, Set<String> written,
                                       Map<String, String> healthGraphs, Map<String, Checked> checked) {
        Set<String> documents = new TreeSet<>();
        for (String g : written) {
            if (healthGraphs.containsKey(g)) {
                documents.addAll(AfterLoad.tallied(after.stored(healthGraphs.get(g))));
            }
            if (checked.containsKey(g)) {
                documents.addAll(checked.get(g).tags().documents());
            }
        }
        Map<String, LevelTags> kept = tallies(after.storeReader(), documents);
        LevelTags before = LevelTags.none();
        kept.values().forEach(before::addAll);
        LevelTags now = without(kept, checked.keySet(), written);
        checked.values().forEach(c -> now.addAll(c.tags()));
        Set<String> moved = new TreeSet<>();
        documents.stream().filter(d -> !before.majority(d).equals(now.majority(d))).forEach(moved::add);
        for (String g : after.storedListsCiting(moved)) {
            checked.computeIfAbsent(g, x -> read(texts, after, x));
        }
        Set<String> all = new TreeSet<>();
        checked.values().forEach(c -> all.addAll(c.tags().documents()));
        LevelTags tags = without(tallies(after.storeReader(), all), checked.keySet(), written);
        checked.values().forEach(c -> tags.addAll(c.tags()));
        return tags;
    }

    private static LevelTags sum(Map<String, Checked> checked) {
        LevelTags tags = LevelTags.none();
        checked.values().forEach(c -> tags.addAll(c.tags()));
        return tags;
    }

    /** The kept tallies added up, but those of the list files checked again or written. */
    private static LevelTags without(Map<String, LevelTags> kept, Set<String> checked, Set<String> written) {
        LevelTags tags = LevelTags.none();
        kept.forEach((g, t) -> {
            if (!checked.contains(g) && !written.contains(g)) {
                tags.addAll(t);
            }
        });
        return tags;
    }

    /** The level tags kept per list file (by its graph) for these documents. */
    private static Map<String, LevelTags> tallies(GraphReader reader, Set<String> documents) {
        Map<String, LevelTags> kept = new HashMap<>();
        if (documents.isEmpty()) {
            return kept;
        }
        for (LevelTallyRow r : ImpactQueries.list(reader, "impact-level-tallies", Bindings.bindEach(
                ImpactQueries.query("impact-level-tallies"), "document", AfterLoad.nodes(documents)), LevelTallyRow.class)) {
            kept.computeIfAbsent(r.graph(), g -> LevelTags.none()).add(r.document(), r.level(), r.n());
        }
        return kept;
    }

    /** List file's graph → its health graph, as stored. */
    private static Map<String, String> storedHealthGraphs(GraphReader reader) {
        Map<String, String> graphs = new HashMap<>();
        ImpactQueries.list(reader, "impact-health-graphs", Map.of(), HealthGraphRow.class)
                .forEach(r -> graphs.put(r.graph(), r.health()));
        return graphs;
    }

    /**
     * Whether the store's findings are kept file by file as this release keeps them: its health graph is
     * there in the current format, and holds no finding (a store written before kept them all in it, and
     * has no tallies to add up; one of an older format lacks counts that pages now read).
     */
    private boolean perFile(GraphReader reader) {
        return HealthGraph.current(reader, iris.healthGraph()) && ImpactQueries.list(reader, "impact-old-health",
                ImpactQueries.iri("g", iris.healthGraph()), FindingIriRow.class).isEmpty();
    }

    /** Every document with an official text before or after the load. */
    private static Set<String> allDocuments(AfterLoad after, Set<String> changed) {
        Set<String> documents = new TreeSet<>(changed);
        documents.addAll(after.documentsWithText());
        return documents;
    }

    /**
     * The correspondences of these documents as their official texts call for once the load is written,
     * each compared with the one stored; an empty graph for each stored one no longer called for.
     */
    private List<GraphStore.GraphUpdate> correspondences(AfterLoad after, Set<String> documents) {
        List<GraphStore.GraphUpdate> updates = new ArrayList<>();
        if (documents.isEmpty()) {
            return updates;
        }
        Map<String, Graph> graphs = new LinkedHashMap<>();
        after.lawGraphsOf(documents).forEach(g -> graphs.put(g, after.graph(g)));
        graphs.put(iris.ontologyGraph(), after.graph(iris.ontologyGraph()));
        Map<String, Model> wanted = correspondences.compute(Neighbourhood.only(graphs));
        Set<String> stored = new TreeSet<>();
        ImpactQueries.whole(after.storeReader(), "impact-correspondence-graphs", Bindings.bindEach(
                ImpactQueries.query("impact-correspondence-graphs"), "document", AfterLoad.nodes(documents)), GraphRow.class)
                .forEach(r -> stored.add(r.graph()));
        wanted.forEach((graph, model) -> {
            if (!stored.contains(graph) || !after.stored(graph).isIsomorphicWith(model.getGraph())) {
                updates.add(new GraphStore.GraphUpdate(graph, model));
            }
        });
        stored.stream().filter(g -> !wanted.containsKey(g) && iris.isCorrespondenceGraph(g))
                .forEach(g -> updates.add(new GraphStore.GraphUpdate(g, ModelFactory.createDefaultModel())));
        return updates;
    }
}
