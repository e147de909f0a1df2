package org.quanze;

import java.nio.file.Files;
import org.quanze.load.LoadListener;
import org.quanze.load.LoadReport;
import org.quanze.store.RemoteEndpoints;
import org.quanze.store.RemoteStore;

/**
 * One standalone Fuseki per test run, loaded with the law texts and the Yulin list through the
 * remote store, for the tests that only read it (starting and loading one takes seconds). Stopped
 * when the JVM ends. A test that writes starts its own with {@link StandaloneFuseki#start}.
 */
public final class RemoteFixture {

    private static RemoteStore store;

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

    /** A remote store on that Fuseki with the law texts and the Yulin list loaded, as the CLI loads them. */
    public static RemoteStore load(StandaloneFuseki fuseki) {
        RemoteStore remote = new RemoteStore(RemoteEndpoints.fuseki(fuseki.datasetUrl()), Fixtures.IRIS.derivedGraph(),
                Fixtures.ontology());
        LoadReport report = Fixtures.loader(remote).load(Fixtures.yulinAndLaws(), LoadListener.NONE);
        if (report.hasFailures() || !report.written()) {
            throw new IllegalStateException("the data did not load into Fuseki: " + report);
        }
        return remote;
    }
}
