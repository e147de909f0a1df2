package org.quanze.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.index.RangeIndex;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Adds whole graphs to a TDB2 dataset inside the caller's write transaction, the way TDB2's bulk
 * loaders do rather than quad by quad: every node gets its id first, then each of the quad
 * indexes (GSPO, GPOS, GOSP, SPOG, POSG, OSPG) is filled in its own key order, so that its
 * B+tree is written front to back instead of at random places. The graphs must not be in the
 * store (they were removed first): no quad is looked up before it is added.
 *
 * <p>The key order is that of the ids as the B+trees hold them (eight bytes each, compared unsigned), not
 * {@link NodeId#compareTo}: that one compares the value without its type, so an inline literal (the row,
 * column and line of every cell, every number) sorted among the lowest pointers while the trees keep
 * it after all of them, and in the indexes led by the object each pointer was then inserted before a
 * run of literals, moving them along the leaf (a fifth of the time filling the indexes went there).
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
        List<Keyed> tuples = tuples(table.getNodeTable(), graphs);
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

    /**
     * Fills each index with the tuples, sorted in that index's key order, in two passes: two quads of every three
     * first, then the third ones between them. A B+tree filled in key order splits each full leaf in half and never
     * adds to the left half again, so the leaves stay half full (at 10× each index took 86 MB for 44 MB of keys,
     * where tdbloader's took 77 MB); the second pass fills them to three quarters (58 MB), leaving room for the
     * lists loaded later, for a little more time (9.9 s against 9.3 s at 10×, one run each).
     */
    private static void fill(List<TupleIndex> indexes, List<Keyed> tuples) {
        for (TupleIndex index : indexes) {
            int[] slots = slots(index.getMapping());
            tuples.sort(byIndex(slots));
            Consumer<Keyed> insert = inserter(index, slots);
            for (int i = 0; i < tuples.size(); i++) {
                if (i % 3 != 2) {
                    insert.accept(tuples.get(i));
                }
            }
            for (int i = 2; i < tuples.size(); i += 3) {
                insert.accept(tuples.get(i));
            }
        }
    }

    /**
     * Inserts a quad into one index: into its B+tree as the record of the keys already computed, when the index is
     * one (encoding each id again for each of the six indexes took a sixth of the fill), else by the index itself.
     */
    private static Consumer<Keyed> inserter(TupleIndex index, int[] slots) {
        if (!(index instanceof TupleIndexRecord tree) || tree.getRangeIndex().getRecordFactory().keyLength()
                != slots.length * NodeId.SIZE) {
            return quad -> index.add(quad.tuple());
        }
        RangeIndex range = tree.getRangeIndex();
        RecordFactory records = range.getRecordFactory();
        return quad -> {
            byte[] key = new byte[slots.length * NodeId.SIZE];
            for (int i = 0; i < slots.length; i++) {
                Bytes.setLong(quad.key(slots[i]), key, i * NodeId.SIZE);
            }
            range.insert(records.create(key));
        };
    }

    /**
     * Fills half of the indexes on a second thread, in the writer's transaction: the indexes are
     * separate B+trees (files of their own), so two threads never touch the same one, and filling
     * them took most of a load's write. The writer waits for the helper before it goes on, and an
     * error of either leaves the transaction to be aborted as before.
     */
    private static void fillShared(TupleIndex[] indexes, List<Keyed> tuples) {
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
        List<Keyed> tuples = new ArrayList<>();
        for (Node g : graphs) {
            NodeId id = nodes.getNodeIdForNode(g);
            if (!NodeId.isDoesNotExist(id)) {
                table.find(id, NodeId.NodeIdAny, NodeId.NodeIdAny, NodeId.NodeIdAny)
                        .forEachRemaining(t -> tuples.add(Keyed.of(t)));
            }
        }
        for (TupleIndex index : table.getTupleTable().getIndexes()) {
            tuples.sort(byIndex(slots(index.getMapping())));
            for (Keyed tuple : tuples) {
                index.delete(tuple.tuple());
            }
        }
    }

    /** The quads as tuples of node ids (G, S, P, O), allocating ids for nodes new to the store. */
    private static List<Keyed> tuples(NodeTable nodes, Map<Node, Graph> graphs) {
        Map<Node, Long> ids = new HashMap<>();
        List<Keyed> tuples = new ArrayList<>();
        graphs.forEach((name, graph) -> {
            long g = keyOf(nodes.getAllocateNodeId(name));
            graph.find().forEachRemaining((Triple t) -> tuples.add(new Keyed(g,
                    ids.computeIfAbsent(t.getSubject(), n -> keyOf(nodes.getAllocateNodeId(n))),
                    ids.computeIfAbsent(t.getPredicate(), n -> keyOf(nodes.getAllocateNodeId(n))),
                    ids.computeIfAbsent(t.getObject(), n -> keyOf(nodes.getAllocateNodeId(n))))));
        });
        return tuples;
    }

    /** The tuples in the order an index with this column order keeps them (what {@link #fill} inserts them in). */
    static List<Tuple<NodeId>> inKeyOrder(TupleMap order, List<Tuple<NodeId>> tuples) {
        List<Keyed> keyed = new ArrayList<>(tuples.stream().map(Keyed::of).toList());
        keyed.sort(byIndex(slots(order)));
        return keyed.stream().map(Keyed::tuple).toList();
    }

    /** The columns of a quad (G 0, S 1, P 2, O 3) in the order of one index: GPOS gives 0, 2, 3, 1. */
    private static int[] slots(TupleMap order) {
        Tuple<Integer> columns = order.map(TupleFactory.create4(0, 1, 2, 3));
        int[] slots = new int[columns.len()];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = columns.get(i);
        }
        return slots;
    }

    /** Compares quads in the column order of one index (GPOS compares G, then P, O, S), by the ids' keys. */
    private static Comparator<Keyed> byIndex(int[] slots) {
        return (a, b) -> {
            for (int slot : slots) {
                int c = Long.compareUnsigned(a.key(slot), b.key(slot));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
    }

    /** The eight bytes a B+tree keeps a node id as, read as one number. */
    private static long keyOf(NodeId id) {
        byte[] bytes = new byte[NodeId.SIZE];
        NodeIdFactory.set(id, bytes, 0);
        return Bytes.getLong(bytes, 0);
    }

    /** The node id a key stands for (what {@link #keyOf} encoded). */
    private static NodeId idOf(long key) {
        byte[] bytes = new byte[NodeId.SIZE];
        Bytes.setLong(key, bytes, 0);
        return NodeIdFactory.get(bytes, 0);
    }

    /**
     * A quad as the keys of its ids (G, S, P, O), so that sorting compares numbers and never encodes an id again;
     * its tuple of ids is made from them when an index asks for one (a delete, an index that is no B+tree).
     */
    private record Keyed(long g, long s, long p, long o) {

        static Keyed of(Tuple<NodeId> t) {
            return new Keyed(keyOf(t.get(0)), keyOf(t.get(1)), keyOf(t.get(2)), keyOf(t.get(3)));
        }

        Tuple<NodeId> tuple() {
            return TupleFactory.create4(idOf(g), idOf(s), idOf(p), idOf(o));
        }

        long key(int slot) {
            return switch (slot) {
                case 0 -> g;
                case 1 -> s;
                case 2 -> p;
                default -> o;
            };
        }
    }
}
