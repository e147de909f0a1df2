package org.quanze.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.quanze.Fixtures;

/**
 * The quad indexes are filled on two threads inside the writer's transaction ({@link IndexHelper}):
 * every index must hold every quad of the bundled data after a load, and a refused write must
 * leave every index — not only the one an export reads — as it was.
 */
class BulkQuadsTest {

    @Test
    void shouldFillEveryQuadIndexWithTheSameQuadsOnTwoThreads() {
        try (Tdb2Store store = Fixtures.loadedStore()) {
            assertThat(Txn.calculateRead(store.datasetGraph(), () -> IndexHelper.canShare(indexes(store))))
                    .as("the store's indexes are B+trees the helper thread can fill").isTrue();
            List<Set<Tuple<NodeId>>> contents = contents(store);
            long quads = store.size();
            assertThat(quads).as("the Yulin list and the law texts it cites").isGreaterThan(10_000);
            assertThat(contents).hasSize(6).allSatisfy(index -> assertThat(index).hasSize((int) quads)
                    .isEqualTo(contents.get(0)));
        }
    }

    @Test
    void shouldLeaveEveryIndexAsItWasWhenAWriteIsRefused() {
        try (Tdb2Store store = Fixtures.loadedStore()) {
            List<Set<Tuple<NodeId>>> before = contents(store);
            var bad = new GraphStore.GraphUpdate("https://example.org/t/graph",
                    RDFDataMgr.loadModel("src/test/resources/testing/shapes/duty-without-power.ttl"));
            // The writer fills the indexes while the check runs, and aborts when the check refuses.
            assertThatThrownBy(() -> store.apply(List.of(bad))).isInstanceOf(ValidationException.class);
            assertThat(contents(store)).isEqualTo(before);
        }
    }

    /**
     * The quads are inserted in the order each B+tree keeps them, so that each goes after the last: the order
     * of the ids' bytes, in which an inline literal (a cell's row, an article's number) comes after every
     * pointer. Node ids' own order compares the value alone and put those literals among the first pointers.
     */
    @Test
    void shouldSortTheQuadsAsEachIndexKeepsThem() {
        try (Tdb2Store store = Fixtures.loadedStore()) {
            Txn.executeRead(store.datasetGraph(), () -> {
                for (TupleIndex index : indexes(store)) {
                    List<Tuple<NodeId>> kept = new ArrayList<>();
                    index.all().forEachRemaining(kept::add);
                    assertThat(kept).as("an index holding inline literals: " + index.getName())
                            .anyMatch(t -> t.get(3).isInline());
                    List<Tuple<NodeId>> shuffled = new ArrayList<>(kept);
                    Collections.shuffle(shuffled, new Random(7));
                    assertThat(BulkQuads.inKeyOrder(index.getMapping(), shuffled)).as(index.getName()).isEqualTo(kept);
                }
            });
        }
    }

    private static TupleIndex[] indexes(Tdb2Store store) {
        return TDBInternal.getDatasetGraphTDB(store.datasetGraph()).getQuadTable().getNodeTupleTable().getTupleTable()
                .getIndexes();
    }

    /** The tuples of each quad index, in G S P O order. */
    private static List<Set<Tuple<NodeId>>> contents(Tdb2Store store) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            List<Set<Tuple<NodeId>>> all = new ArrayList<>();
            for (TupleIndex index : indexes(store)) {
                Set<Tuple<NodeId>> tuples = new HashSet<>();
                index.all().forEachRemaining(tuples::add);
                all.add(tuples);
            }
            return all;
        });
    }
}
