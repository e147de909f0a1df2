package org.quanze.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSetFormatter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.quanze.Fixtures;
import org.quanze.StandaloneFuseki;
import org.quanze.health.Coverage;
import org.quanze.health.HealthGraph;
import org.quanze.impact.report.ImpactExport;
import org.quanze.impact.report.ImpactReports;
import org.quanze.load.LoadListener;
import org.quanze.load.LoadReport;
import org.quanze.load.Source;
import org.quanze.reading.GraphReader;
import org.quanze.store.GraphStore;
import org.quanze.store.RemoteEndpoints;
import org.quanze.store.RemoteStore;
import org.quanze.store.Tdb2Store;

/**
 * The bundled data with its law library — eight list files and the 33 texts of the documents they cite —
 * loaded into a standalone Fuseki through the remote store and into the embedded store: every named
 * query, the page queries of the library (coverage, texts wanted, the documents an impact report is
 * offered for), the citation findings and the impact reports answer the same on both.
 */
class RemoteLibraryTest {

    private static StandaloneFuseki fuseki;
    private static RemoteStore remote;
    private static Tdb2Store embedded;

    @BeforeAll
    static void load() throws Exception {
        fuseki = StandaloneFuseki.start(Files.createTempDirectory("quanze-fuseki-library"));
        remote = new RemoteStore(RemoteEndpoints.fuseki(fuseki.datasetUrl()), Fixtures.IRIS, Fixtures.ontology());
        embedded = Fixtures.emptyStore();
        for (GraphStore store : List.of(remote, embedded)) {
            LoadReport report = Fixtures.loader(store).load(Source.bundled(), LoadListener.NONE);
            assertThat(report.hasFailures()).as("%s", report).isFalse();
            assertThat(report.files()).filteredOn(f -> f.kind().equals("law text")).hasSize(33);
        }
    }

    @AfterAll
    static void stop() {
        embedded.close();
        fuseki.close();
    }

    private static String csv(GraphStore store, Query query) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (query.isSelectType()) {
            ResultSetFormatter.outputAsCSV(out, store.select(query));
        } else {
            ResultSetFormatter.outputAsCSV(out, store.ask(query));
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The rows of a result, sorted: a query without ORDER BY may give them in another order on another store. */
    private static List<String> rows(GraphStore store, Query query) {
        return csv(store, query).lines().sorted().toList();
    }

    @TestFactory
    Stream<DynamicTest> everyNamedQueryAnswersTheSameOnFuseki() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("queries"))) {
            files = list.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            NamedQuery query = NamedQueries.parse(file.getFileName().toString().replace(".rq", ""), Files.readString(file));
            Query bound = query.bind(NamedQuerySuite.exampleParameters(query));
            assertThat(rows(remote, bound)).as(file.toString()).isEqualTo(rows(embedded, bound)).hasSizeGreaterThan(1);
        }));
    }

    @Test
    void shouldAnswerThePageQueriesOfTheLibraryTheSame() {
        for (String name : List.of("laws-wanted", "impact-documents", "health-coverage", "laws")) {
            Query query = QueryCatalogue.bundled().query(name);
            assertThat(rows(remote, query)).as(name).isEqualTo(rows(embedded, query)).hasSizeGreaterThan(1);
        }
        List<Coverage> coverage = Coverage.read(GraphReader.of(remote), null);
        assertThat(coverage).isEqualTo(Coverage.read(GraphReader.of(embedded), null)).hasSize(12);
        assertThat(Coverage.total(coverage).checked()).isEqualTo(1390);
    }

    @Test
    void shouldHoldTheSameFindings() {
        assertThat(HealthGraph.read(GraphReader.of(remote), null)).isEqualTo(HealthGraph.read(GraphReader.of(embedded), null))
                .hasSize(584);
    }

    @Test
    void shouldMakeTheSameImpactReports() {
        ImpactReports reports = new ImpactReports(Fixtures.IRIS);
        for (Map.Entry<String, String[]> e : Map.of("统计法", new String[] {"2009", "2024"},
                "保守国家秘密法", new String[] {"2010", "2024"}, "保守国家秘密法实施条例", new String[] {"2014", "2024"},
                "会计法", new String[] {"2017", "2024"}).entrySet()) {
            String remoteReport = ImpactExport.json(reports.report(GraphReader.of(remote), e.getKey(), e.getValue()[0],
                    e.getValue()[1], null));
            String embeddedReport = ImpactExport.json(reports.report(GraphReader.of(embedded), e.getKey(), e.getValue()[0],
                    e.getValue()[1], null));
            assertThat(remoteReport).as(e.getKey()).isEqualTo(embeddedReport).contains("\"change\"");
        }
    }
}
