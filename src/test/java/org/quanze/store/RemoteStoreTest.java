package org.quanze.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quanze.Fixtures;
import org.quanze.RemoteFixture;
import org.quanze.StandaloneFuseki;
import org.quanze.load.ListRebuilder;
import org.quanze.ingest.table.TextTableWriter;
import org.quanze.load.FileReport;
import org.quanze.load.LoadListener;
import org.quanze.load.LoadOptions;
import org.quanze.load.LoadReport;
import org.quanze.load.Source;

/** Remote-store mode against a real standalone Fuseki: loads, refusals and reads over HTTP. */
class RemoteStoreTest {

    @TempDir
    static Path work;
    private static StandaloneFuseki fuseki;
    private static RemoteStore store;

    @BeforeAll
    static void start() throws Exception {
        fuseki = StandaloneFuseki.start(work);
        store = RemoteFixture.load(fuseki);
    }

    @AfterAll
    static void stop() {
        fuseki.close();
    }

    @Test
    void shouldHoldTheSameGraphAsTheEmbeddedStore() {
        try (Tdb2Store embedded = Fixtures.loadedStore()) {
            assertThat(store.size()).isEqualTo(embedded.size());
            assertThat(store.sourceHashes()).isEqualTo(embedded.sourceHashes());
        }
        assertThat(store.validate()).isEmpty();
    }

    @Test
    void shouldSendNothingWhenTheShapesRefuseALoad() {
        long before = store.size();
        var bad = new GraphStore.GraphUpdate("https://example.org/t/graph",
                RDFDataMgr.loadModel("src/test/resources/testing/shapes/duty-without-power.ttl"));
        assertThatThrownBy(() -> store.apply(List.of(bad))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("a duty must belong to exactly one power");
        assertThat(store.size()).isEqualTo(before);
    }

    @Test
    void shouldSkipFilesAlreadyLoaded() {
        LoadReport again = Fixtures.loader(store).load(Fixtures.yulinAndLaws(), LoadListener.NONE);
        assertThat(again.written()).isFalse();
        assertThat(again.files()).allSatisfy(f -> assertThat(f.status()).isEqualTo(FileReport.Status.UNCHANGED));
    }

    @Test
    void shouldRebuildTheListFromTheRemoteGraph() {
        var table = new ListRebuilder(store).rebuild("yulin-secrecy-bureau.txt").orElseThrow();
        assertThat(new TextTableWriter().write(table).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(Fixtures.bytes(Fixtures.YULIN));
    }

    /** A server reading the store sees within a second what another process (the CLI) wrote. */
    @Test
    void shouldSeeTheGenerationMoveWhenAnotherProcessWrites() throws Exception {
        RemoteStore server = new RemoteStore(RemoteEndpoints.fuseki(fuseki.datasetUrl()), Fixtures.IRIS,
                Fixtures.ontology());
        Generation before = server.generation();
        assertThat(before.tag()).as("the load recorded itself").isNotEqualTo("none");
        assertThat(server.generation()).as("read again within the poll interval: the same").isEqualTo(before);
        LoadReport report = Fixtures.loader(store).load(Source.fromPaths(List.of(Path.of(Fixtures.YULIN))),
                LoadListener.NONE, new LoadOptions(true, "test"));
        assertThat(report.hasFailures()).isFalse();
        Thread.sleep(RemoteStore.GENERATION_POLL.toMillis() + 100);
        Generation after = server.generation();
        assertThat(after.tag()).isNotEqualTo(before.tag());
        assertThat(after.since()).isAfter(before.since());
        assertThat(store.generation()).as("the writer knows at once").isEqualTo(after);
    }
}
