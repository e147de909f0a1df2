package org.quanze.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Adds whole graphs to a TDB2 dataset inside the caller's write transaction, the way TDB2's bulk
 * loaders do rather than quad by quad: every node gets its id first, then each of the quad
 * indexes (GSPO, GPOS, GOSP, SPOG, POSG, OSPG) is filled in its own key order, so that its
 * B+tree is written front to back instead of at random places. The graphs must not be in the
 * store (they were removed first): no quad is looked up before it is added.
 */
final class BulkQuads {

    private BulkQuads() {
    }

    /** Adds the triples of each graph as quads of the graph named by its key. */
    static long add(DatasetGraph dsg, Map<Node, Graph> graphs, WritePhases phases) {
        if (!TDBInternal.isBackedByTDB(dsg)) {
            graphs.forEach(dsg::addGraph);
            return graphs.values().stream().mapToLong(Graph::size).sum();
        }
        NodeTupleTable table = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
        List<Tuple<NodeId>> tuples = tuples(table.getNodeTable(), graphs);
        phases.done("add-nodes");
        TupleIndex[] indexes = table.getTupleTable().getIndexes();
        if (IndexHelper.canShare(indexes)) {
            fillShared(indexes, tuples);
        } else {
            fill(List.of(indexes), tuples);
        }
        phases.done("add-indexes");
        return tuples.size();
    }

    /** Fills each index with the tuples, sorted in that index's key order. */
    private static void fill(List<TupleIndex> indexes, List<Tuple<NodeId>> tuples) {
        for (TupleIndex index : indexes) {
            tuples.sort(byIndex(index.getMapping()));
            for (Tuple<NodeId> tuple : tuples) {
                index.add(tuple);
            }
        }
    }

    /**
     * Fills half of the indexes on a second thread, in the writer's transaction: the indexes are
     * separate B+trees (files of their own), so two threads never touch the same one, and filling
     * them took most of a load's write. The writer waits for the helper before it goes on, and an
     * error of either leaves the transaction to be aborted as before.
     */
    private static void fillShared(TupleIndex[] indexes, List<Tuple<NodeId>> tuples) {
        List<TupleIndex> mine = new ArrayList<>();
        List<TupleIndex> helpers = new ArrayList<>();
        for (int i = 0; i < indexes.length; i++) {
            (i % 2 == 0 ? mine : helpers).add(indexes[i]);
        }
        IndexHelper helper = IndexHelper.start(helpers, new ArrayList<>(tuples), BulkQuads::fill);
        try {
            fill(mine, tuples);
        } finally {
            helper.join();
        }
    }

    /** Removes every quad of the graphs, index by index in each index's key order. */
    static void remove(DatasetGraph dsg, Collection<Node> graphs) {
        if (!TDBInternal.isBackedByTDB(dsg)) {
            graphs.forEach(dsg::removeGraph);
            return;
        }
        NodeTupleTable table = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
        NodeTable nodes = table.getNodeTable();
        List<Tuple<NodeId>> tuples = new ArrayList<>();
        for (Node g : graphs) {
            NodeId id = nodes.getNodeIdForNode(g);
            if (!NodeId.isDoesNotExist(id)) {
                table.find(id, NodeId.NodeIdAny, NodeId.NodeIdAny, NodeId.NodeIdAny).forEachRemaining(tuples::add);
            }
        }
        for (TupleIndex index : table.getTupleTable().getIndexes()) {
            tuples.sort(byIndex(index.getMapping()));
            for (Tuple<NodeId> tuple : tuples) {
                index.delete(tuple);
            }
        }
    }

    /** The quads as tuples of node ids (G, S, P, O), allocating ids for nodes new to the store. */
    private static List<Tuple<NodeId>> tuples(NodeTable nodes, Map<Node, Graph> graphs) {
        Map<Node, NodeId> ids = new HashMap<>();
        List<Tuple<NodeId>> tuples = new ArrayList<>();
        graphs.forEach((name, graph) -> {
            NodeId g = nodes.getAllocateNodeId(name);
            graph.find().forEachRemaining((Triple t) -> tuples.add(TupleFactory.create4(g,
                    ids.computeIfAbsent(t.getSubject(), nodes::getAllocateNodeId),
                    ids.computeIfAbsent(t.getPredicate(), nodes::getAllocateNodeId),
                    ids.computeIfAbsent(t.getObject(), nodes::getAllocateNodeId))));
        });
        return tuples;
    }

    /** Compares tuples in the column order of one index (GPOS compares G, then P, O, S). */
    private static Comparator<Tuple<NodeId>> byIndex(TupleMap order) {
        Tuple<Integer> columns = order.map(TupleFactory.create4(0, 1, 2, 3));
        int[] slots = new int[columns.len()];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = columns.get(i);
        }
        return (a, b) -> {
            for (int slot : slots) {
                int c = a.get(slot).compareTo(b.get(slot));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
    }
}
