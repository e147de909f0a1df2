package org.quanze.load;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Whether the server is still finding out if its store needs the bundled data, or loading it (first
 * start), and how far the load has come. The web server answers before the load ends (it takes about
 * half a minute); until then a page would answer from a store that holds nothing — "no such law" for
 * the law being loaded — so the pages ask this and say that the data is being loaded instead. Closed
 * from the start, not from the load's start: a request in between would read the empty store too.
 * One per server (a bean of the server's configuration), told by the start what it does.
 */
public final class FirstLoad implements LoadListener {

    /** Where the server is: still finding out whether the store holds data, reading the bundled files, writing them. */
    public enum Stage { STARTING, READING, WRITING, READY }

    /**
     * How far the start has come: its stage, the seconds since the server started, and the files built
     * into graphs so far (a load reads every file before it builds the first: the count stays at 0 most
     * of the time, and the law texts the lists cite are found as it goes: there is no total to give ahead).
     */
    public record Progress(Stage stage, long seconds, int filesBuilt) {
    }

    private final long start = System.nanoTime();
    private final AtomicReference<Stage> stage = new AtomicReference<>(Stage.STARTING);
    private final AtomicInteger built = new AtomicInteger();

    /** The load's progress until the store is ready to answer; empty from then on. */
    public Optional<Progress> progress() {
        Stage now = stage.get();
        if (now == Stage.READY) {
            return Optional.empty();
        }
        return Optional.of(new Progress(now, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start), built.get()));
    }

    /** The store holds its data (loaded now or at an earlier start): the pages answer from here on. */
    public void ready() {
        stage.set(Stage.READY);
    }

    /** The store holds no list: the bundled data is being read. */
    public void loading() {
        stage.compareAndSet(Stage.STARTING, Stage.READING);
    }

    @Override
    public void fileDone(FileReport report) {
        built.incrementAndGet();
    }

    @Override
    public void committing() {
        stage.compareAndSet(Stage.READING, Stage.WRITING);
    }
}
