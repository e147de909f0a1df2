package org.quanze.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quanze.Fixtures;
import org.quanze.RemoteFixture;
import org.quanze.health.HealthFinding;
import org.quanze.health.HealthGraph;
import org.quanze.impact.report.ImpactReport;
import org.quanze.impact.report.ImpactReports;
import org.quanze.reading.GraphReader;
import org.quanze.store.RemoteStore;

/** The impact graphs written to, and the reports read from, a real standalone Fuseki in remote-store mode. */
class RemoteImpactTest {

    // The loader writes the impact graphs in the load's own transaction.
    private final RemoteStore store = RemoteFixture.loadedStore();

    @Test
    void shouldHoldTheSameFindingsAsTheEmbeddedStore() {
        List<HealthFinding> remote = HealthGraph.read(GraphReader.of(store), null);
        List<HealthFinding> embedded = HealthGraph.read(ImpactFixtures.reader(), null);

        assertThat(remote).isEqualTo(embedded);
        assertThat(ImpactFixtures.graphs().updates(store, List.of())).as("nothing left to write").isEmpty();
    }

    @Test
    void shouldMakeTheSameImpactReport() {
        ImpactReports reports = new ImpactReports(Fixtures.IRIS);
        ImpactReport remote = reports.report(GraphReader.of(store), "保守国家秘密法", "2010", "2024", null);
        ImpactReport embedded = reports.report(ImpactFixtures.reader(), "保守国家秘密法", "2010", "2024", null);

        assertThat(remote.rows()).extracting(r -> r.citation().iri() + " " + r.changeCode() + " " + r.targetLabels())
                .containsExactlyElementsOf(embedded.rows().stream()
                        .map(r -> r.citation().iri() + " " + r.changeCode() + " " + r.targetLabels()).toList());
    }
}
