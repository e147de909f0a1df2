package org.quanze.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.time.Duration;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.quanze.Fixtures;
import org.quanze.RemoteFixture;
import org.quanze.StandaloneVirtuoso;
import org.quanze.load.LoadListener;

/**
 * Remote-store mode against a real Virtuoso: what an engine does its own way (its system graphs, a
 * default graph with repeats, booleans written 1 and 0, timeouts) does not change what Quanze reads.
 */
class VirtuosoStoreTest {

    private final RemoteStore store = RemoteFixture.loadedVirtuoso();

    @Test
    void shouldCountAndExportOnlyQuanzesGraphsAndAllOfThem() {
        try (Tdb2Store embedded = Fixtures.emptyStore()) {
            Fixtures.loader(embedded).load(Fixtures.yulinAndLaws(), LoadListener.NONE);
            assertThat(store.size()).as("Virtuoso's own graphs are not counted").isEqualTo(embedded.size());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(out, Lang.NQUADS);
        DatasetGraph exported = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(exported, new ByteArrayInputStream(out.toByteArray()), Lang.NQUADS);
        exported.listGraphNodes().forEachRemaining(g -> assertThat(g.getURI()).startsWith("https://w3id.org/quanze/id/graph/"));
        // every quad (more than Virtuoso's default ResultSetMaxRows of 10,000), the record of writes included
        assertThat(exported.stream().count()).isGreaterThan(10_000).isGreaterThan(store.size());
    }

    @Test
    void shouldReadVirtuososBooleansAsTrueAndFalse() {
        String official = Fixtures.value(store, "SELECT (SAMPLE(?held) AS ?v) WHERE { ?version qz:hasOfficialText ?held }");
        assertThat(official).isEqualTo("true");
    }

    @Test
    void shouldCancelAQueryThatRunsPastItsTime() {
        var wide = QueryFactory.create("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
        assertThatThrownBy(() -> store.select(wide, Duration.ofMillis(300))).isInstanceOf(QueryCancelledException.class);
    }

    @Test
    void shouldSendTheQueryPrefixBeforeEveryQuery() {
        RemoteEndpoints endpoints = store.remoteEndpoints().orElseThrow();
        String powers = "SELECT (COUNT(DISTINCT ?p) AS ?v) WHERE { ?list qz:hasPower ?p }";
        RemoteStore ordered = new RemoteStore(endpoints.withQueryPrefix("DEFINE sql:select-option \"order\""),
                Fixtures.IRIS, Fixtures.ontology());
        assertThat(Fixtures.value(ordered, powers)).isEqualTo(Fixtures.value(store, powers)).isNotEqualTo("0");
        // sent, not dropped: a directive Virtuoso does not know fails the query
        RemoteStore unknown = new RemoteStore(endpoints.withQueryPrefix("DEFINE sql:no-such-directive 1"),
                Fixtures.IRIS, Fixtures.ontology());
        assertThatThrownBy(() -> Fixtures.value(unknown, powers)).isInstanceOf(RuntimeException.class);
    }

    /**
     * A Virtuoso set up without the profile's grants for the indexer: a load says which grant is missing, instead of a
     * search that finds nothing of what it wrote; with them, the next load goes through (and is checked by the index).
     */
    @Test
    void shouldRefuseToSearchByAFreeTextIndexItMayNotKeep() throws Exception {
        try (StandaloneVirtuoso bare = StandaloneVirtuoso.startWithoutTextIndex(Files.createTempDirectory("quanze-virtuoso"))) {
            RemoteStore indexed = new RemoteStore(bare.endpoints(), Fixtures.IRIS, Fixtures.ontology());
            assertThatThrownBy(() -> Fixtures.loader(indexed).load(Fixtures.secrecyTexts(), LoadListener.NONE))
                    .hasStackTraceContaining("GRANT EXECUTE ON DB.DBA.VT_INC_INDEX_DB_DBA_RDF_OBJ");
            bare.sql("GRANT EXECUTE ON DB.DBA.VT_INC_INDEX_DB_DBA_RDF_OBJ TO \"SPARQL\"; "
                    + "GRANT EXECUTE ON DB.DBA.VT_BATCH_REAL_PROCESS_1_DB_DBA_RDF_OBJ TO \"SPARQL\";");
            var report = Fixtures.loader(indexed).load(Fixtures.yulinAndLaws(), LoadListener.NONE);
            assertThat(report.written()).isTrue();
            assertThat(report.hasFailures()).isFalse();
        }
    }
}
