package org.quanze;

import java.nio.file.Files;
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

    private static RemoteStore store;
    private static RemoteStore virtuoso;

    private RemoteFixture() {
    }

    public static synchronized RemoteStore loadedStore() throws Exception {
        if (store == null) {
            StandaloneFuseki fuseki = StandaloneFuseki.start(Files.createTempDirectory("quanze-fuseki"));
            Runtime.getRuntime().addShutdownHook(new Thread(fuseki::close));
            store = load(fuseki);
        }
        return store;
    }

    /** The same on one Virtuoso per test run (skipped, or failed when required, where Virtuoso is not installed). */
    public static synchronized RemoteStore loadedVirtuoso() throws Exception {
        if (virtuoso == null) {
            StandaloneVirtuoso server = StandaloneVirtuoso.start(Files.createTempDirectory("quanze-virtuoso"));
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            virtuoso = load(server.endpoints());
        }
        return virtuoso;
    }

    /** A remote store on that Fuseki with the law texts and the Yulin list loaded, as the CLI loads them. */
    public static RemoteStore load(StandaloneFuseki fuseki) {
        return load(RemoteEndpoints.fuseki(fuseki.datasetUrl()));
    }

    private static RemoteStore load(RemoteEndpoints endpoints) {
        RemoteStore remote = new RemoteStore(endpoints, Fixtures.IRIS.derivedGraph(), Fixtures.ontology());
        LoadReport report = Fixtures.loader(remote).load(Fixtures.yulinAndLaws(), LoadListener.NONE);
        if (report.hasFailures() || !report.written()) {
            throw new IllegalStateException("the data did not load into " + endpoints + ": " + report);
        }
        return remote;
    }
}
