package org.quanze;

import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.quanze.load.LoadListener;
import org.quanze.load.LoadReport;
import org.quanze.store.RemoteEndpoints;
import org.quanze.store.RemoteStore;

/**
 * One standalone Fuseki (and one Virtuoso) per test run, loaded with the law texts and the Yulin list through the
 * remote store, for the tests that only read it (starting and loading one takes seconds). Stopped
 * when the JVM ends. A test that writes starts its own with {@link StandaloneFuseki#start}.
 */
public final class RemoteFixture {

    private static final Shared FUSEKI = new Shared(() -> {
        StandaloneFuseki fuseki = StandaloneFuseki.start(Files.createTempDirectory("quanze-fuseki"));
        Runtime.getRuntime().addShutdownHook(new Thread(fuseki::close));
        return load(fuseki);
    });
    /** The same on one Virtuoso (skipped, or failed when required, where Virtuoso is not installed). */
    private static final Shared VIRTUOSO = new Shared(() -> {
        StandaloneVirtuoso server = StandaloneVirtuoso.start(Files.createTempDirectory("quanze-virtuoso"));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        return load(server.endpoints());
    });

    private RemoteFixture() {
    }

    /** The Fuseki of this test run, loaded: what a read-only remote-store test asks for, as a field's value. */
    public static RemoteStore loadedStore() {
        return FUSEKI.get();
    }

    /** The Virtuoso of this test run, loaded. */
    public static RemoteStore loadedVirtuoso() {
        return VIRTUOSO.get();
    }

    /** A remote store on that Fuseki with the law texts and the Yulin list loaded, as the CLI loads them. */
    public static RemoteStore load(StandaloneFuseki fuseki) {
        return load(RemoteEndpoints.fuseki(fuseki.datasetUrl()));
    }

    private static RemoteStore load(RemoteEndpoints endpoints) {
        RemoteStore remote = new RemoteStore(endpoints, Fixtures.IRIS, Fixtures.ontology());
        LoadReport report = Fixtures.loader(remote).load(Fixtures.yulinAndLaws(), LoadListener.NONE);
        if (report.hasFailures() || !report.written()) {
            throw new IllegalStateException("the data did not load into " + endpoints + ": " + report);
        }
        return remote;
    }

    /**
     * A store started and loaded on first use. A failure to start is kept and thrown again to every later
     * caller (a skip where Virtuoso is missing too), so that a broken server fails each test at once
     * instead of being started again for each.
     */
    private static final class Shared {

        private final Callable<RemoteStore> start;
        private RemoteStore store;
        private RuntimeException failure;

        Shared(Callable<RemoteStore> start) {
            this.start = start;
        }

        synchronized RemoteStore get() {
            if (store == null && failure == null) {
                try {
                    store = start.call();
                } catch (RuntimeException e) {
                    failure = e;
                } catch (Exception e) {
                    failure = new IllegalStateException("the remote store did not start", e);
                }
            }
            if (failure != null) {
                throw failure;
            }
            return store;
        }
    }
}
