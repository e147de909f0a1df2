package org.quanze.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.quanze.Fixtures;
import org.quanze.StandaloneFuseki;
import org.quanze.load.LoadListener;
import org.quanze.load.LoadReport;
import org.quanze.load.Source;
import org.quanze.store.GraphStore;
import org.quanze.store.RemoteEndpoints;
import org.quanze.store.RemoteStore;

/**
 * The same named queries, with the same expected answers, against a real standalone Fuseki in
 * remote-store mode: the bundled data is loaded through the Graph Store Protocol.
 */
class RemoteNamedQueriesTest extends NamedQuerySuite {

    @TempDir
    static Path work;
    private static StandaloneFuseki fuseki;
    private static RemoteStore store;

    @BeforeAll
    static void start() throws Exception {
        fuseki = StandaloneFuseki.start(work);
        store = new RemoteStore(RemoteEndpoints.fuseki(fuseki.datasetUrl()), Fixtures.IRIS.derivedGraph(), Fixtures.ontology());
        LoadReport report = Fixtures.loader(store).load(Fixtures.yulinAndLaws(), LoadListener.NONE);
        assertThat(report.hasFailures()).as(report.toString()).isFalse();
        assertThat(report.written()).isTrue();
    }

    @AfterAll
    static void stop() {
        if (fuseki != null) {
            fuseki.close();
        }
    }

    @Override
    GraphStore store() {
        return store;
    }
}
