package org.quanze.impact;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.RDF;
import org.quanze.queries.Bindings;
import org.quanze.reading.GraphReader;
import org.quanze.reading.ImpactQueries;
import org.quanze.store.GraphStore;
import org.quanze.vocab.ELI;
import org.quanze.vocab.QZ;

/**
 * The store as a load is about to leave it, graph by graph, without copying it: a graph the load writes
 * is its pending content, any other is read from the store when asked for (once). What the load
 * affects is found from small facts about the graphs (which hold lists, which official texts of which
 * documents), read once, rather than from the whole store.
 */
final class AfterLoad {

    private final GraphStore store;
    private final GraphReader reader;
    private final Map<String, Model> pending = new LinkedHashMap<>();
    /** Graph → the lists it holds, as stored. */
    private final Map<String, Set<String>> storedLists = new HashMap<>();
    /** Graph of an official text → the documents it is a version of, as stored. */
    private final Map<String, Set<String>> storedLaws = new HashMap<>();
    private final Map<String, Graph> read = new HashMap<>();
    private Map<String, Set<String>> pendingLaws;
    private Map<String, Set<String>> lawsByDocument;

    AfterLoad(GraphStore store, List<GraphStore.GraphUpdate> updates) {
        this.store = store;
        this.reader = GraphReader.of(store);
        updates.forEach(u -> pending.put(u.graphName(), u.content()));
        for (GraphListRow r : ImpactQueries.list(reader, "impact-list-graphs", Map.of(), GraphListRow.class)) {
            storedLists.computeIfAbsent(r.graph(), g -> new TreeSet<>()).add(r.list());
        }
        for (LawGraphRow r : ImpactQueries.list(reader, "impact-law-graphs", Map.of(), LawGraphRow.class)) {
            storedLaws.computeIfAbsent(r.graph(), g -> new TreeSet<>()).add(r.document());
        }
    }

    GraphReader storeReader() {
        return reader;
    }

    Set<String> pendingGraphs() {
        return pending.keySet();
    }

    boolean writes(String graph) {
        return pending.containsKey(graph);
    }

    /** Whether the graph held a list before the load. */
    boolean heldList(String graph) {
        return storedLists.containsKey(graph);
    }

    /** Whether the graph holds a list once the load is written. */
    boolean holdsList(String graph) {
        Model m = pending.get(graph);
        return m == null ? storedLists.containsKey(graph) : m.contains(null, RDF.type, QZ.PowerList);
    }

    /** The graphs of list files once the load is written. */
    Set<String> listGraphs() {
        Set<String> graphs = new TreeSet<>();
        storedLists.keySet().stream().filter(g -> !pending.containsKey(g)).forEach(graphs::add);
        pending.keySet().stream().filter(this::holdsList).forEach(graphs::add);
        return graphs;
    }

    /** The documents whose official text the graph holds before the load. */
    Set<String> storedDocuments(String graph) {
        return storedLaws.getOrDefault(graph, Set.of());
    }

    /** The documents whose official text a graph the load writes holds. */
    Set<String> pendingDocuments(String graph) {
        return pendingLaws().getOrDefault(graph, Set.of());
    }

    /** Every document with an official text once the load is written. */
    Set<String> documentsWithText() {
        return new TreeSet<>(lawsByDocument().keySet());
    }

    /** The graphs of the official texts of these documents once the load is written. */
    Set<String> lawGraphsOf(Set<String> documents) {
        Set<String> graphs = new TreeSet<>();
        documents.forEach(d -> graphs.addAll(lawsByDocument().getOrDefault(d, Set.of())));
        return graphs;
    }

    /** Graph of an official text the load writes → the documents it is a version of; read once. */
    private Map<String, Set<String>> pendingLaws() {
        if (pendingLaws == null) {
            pendingLaws = new HashMap<>();
            pending.forEach((g, m) -> m.listSubjectsWithProperty(QZ.hasOfficialText).forEachRemaining(v ->
                    v.listProperties(ELI.realizes).forEachRemaining(s ->
                            pendingLaws.computeIfAbsent(g, x -> new TreeSet<>()).add(s.getResource().getURI()))));
        }
        return pendingLaws;
    }

    /** Document → the graphs of its official texts once the load is written; made once. */
    private Map<String, Set<String>> lawsByDocument() {
        if (lawsByDocument == null) {
            lawsByDocument = new HashMap<>();
            storedLaws.forEach((g, ds) -> {
                if (!pending.containsKey(g)) {
                    ds.forEach(d -> lawsByDocument.computeIfAbsent(d, x -> new TreeSet<>()).add(g));
                }
            });
            pendingLaws().forEach((g, ds) -> ds.forEach(d -> lawsByDocument.computeIfAbsent(d, x -> new TreeSet<>()).add(g)));
        }
        return lawsByDocument;
    }

    /** The list files of the store, untouched by the load, with a citation of one of these documents. */
    Set<String> storedListsCiting(Set<String> documents) {
        Set<String> graphs = new TreeSet<>();
        if (documents.isEmpty()) {
            return graphs;
        }
        for (GraphRow r : ImpactQueries.list(reader, "impact-graphs-citing", Bindings.bindEach(
                ImpactQueries.query("impact-graphs-citing"), "document", nodes(documents)), GraphRow.class)) {
            if (storedLists.containsKey(r.graph()) && !pending.containsKey(r.graph())) {
                graphs.add(r.graph());
            }
        }
        return graphs;
    }

    /** The graph as the load leaves it (empty when it removes it). */
    Graph graph(String name) {
        Model m = pending.get(name);
        return m != null ? m.getGraph() : stored(name);
    }

    /** The graph as stored before the load. */
    Graph stored(String name) {
        return read.computeIfAbsent(name, n -> store.construct(Bindings.bind(ImpactQueries.query("impact-graph"),
                Map.of("g", NodeFactory.createURI(n)))).getGraph());
    }

    /** The documents a list file's graph cites. */
    static Set<String> documentsCited(Graph list) {
        Set<String> documents = new HashSet<>();
        list.find(Node.ANY, QZ.citesDocument.asNode(), Node.ANY).forEachRemaining(t -> documents.add(t.getObject().getURI()));
        return documents;
    }

    /** The documents whose level tags a list file's health graph keeps. */
    static Set<String> tallied(Graph health) {
        Set<String> documents = new HashSet<>();
        health.find(Node.ANY, QZ.tallyOf.asNode(), Node.ANY).forEachRemaining(t -> documents.add(t.getObject().getURI()));
        return documents;
    }

    static List<Node> nodes(Set<String> iris) {
        return iris.stream().map(NodeFactory::createURI).toList();
    }
}
