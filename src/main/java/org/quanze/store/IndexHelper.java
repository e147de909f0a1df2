package org.quanze.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.transaction.txn.TransactionalComponentLifecycle.ComponentState;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;

/**
 * A second thread that writes some of the quad indexes inside the writer's transaction. TDB2 keeps
 * a transaction's state of each B+tree per thread; the helper takes the writer's state of the
 * trees it fills (the same objects, so what it writes is what the writer commits or aborts) and
 * gives it back when it is done. Jena's own parallel loader fills its indexes on threads of their
 * own too, but each in a transaction of its own that commits by itself: a refused load would leave
 * half of it written.
 */
final class IndexHelper {

    private final Thread thread;
    private volatile RuntimeException failure;
    private volatile Error error;

    private IndexHelper(Thread thread) {
        this.thread = thread;
    }

    /** Whether every index is a B+tree of a transactional TDB2 store (the helper can share its state). */
    static boolean canShare(TupleIndex[] indexes) {
        for (TupleIndex index : indexes) {
            if (!(index instanceof TupleIndexRecord r) || !(r.getRangeIndex() instanceof BPlusTree)) {
                return false;
            }
        }
        return indexes.length > 1;
    }

    /**
     * Starts filling {@code indexes} with {@code tuples} (a list of the helper's own: it sorts it)
     * by {@code fill}, in the calling thread's write transaction.
     */
    static <T> IndexHelper start(List<TupleIndex> indexes, List<T> tuples, BiConsumer<List<TupleIndex>, List<T>> fill) {
        List<BPlusTree> trees = new ArrayList<>();
        List<ComponentState<?>> writerStates = new ArrayList<>();
        for (TupleIndex index : indexes) {
            BPlusTree tree = (BPlusTree) ((TupleIndexRecord) index).getRangeIndex();
            trees.add(tree);
            writerStates.add(tree.getComponentState());
        }
        IndexHelper[] self = new IndexHelper[1];
        Thread thread = new Thread(() -> self[0].run(trees, writerStates, () -> fill.accept(indexes, tuples)),
                "quanze-index-fill");
        thread.setDaemon(true);
        self[0] = new IndexHelper(thread);
        thread.start();
        return self[0];
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void run(List<BPlusTree> trees, List<ComponentState<?>> writerStates, Runnable work) {
        List<ComponentState> own = new ArrayList<>();
        try {
            for (int i = 0; i < trees.size(); i++) {
                own.add(trees.get(i).getComponentState());
                trees.get(i).setComponentState((ComponentState) writerStates.get(i));
            }
            work.run();
        } catch (RuntimeException e) {
            failure = e;
        } catch (Error e) {
            error = e;
        } finally {
            // This thread leaves the transaction: only the writer ends it.
            for (int i = 0; i < own.size(); i++) {
                trees.get(i).setComponentState(own.get(i));
            }
        }
    }

    /** Waits for the helper; rethrows what it failed with. */
    void join() {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                // The helper writes inside the writer's transaction: the writer must not end it before the helper stops.
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (error != null) {
            throw error;
        }
        if (failure != null) {
            throw failure;
        }
    }
}
