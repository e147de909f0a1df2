package org.quanze.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.quanze.Fixtures;
import org.quanze.load.LoadListener;
import org.quanze.load.LoadReport;
import org.quanze.law.LawLibrary;
import org.quanze.load.Loader;
import org.quanze.load.Source;
import org.quanze.store.Tdb2Store;

/** The impact graphs written by the load itself, in its transaction, when the loader has them as a contributor. */
class LoadContributorTest {

    private static Loader loader(Tdb2Store store) {
        // Fixtures.loader already carries the impact graphs as a contributor, as the CLI and the server do.
        return Fixtures.loader(store);
    }

    @Test
    void shouldWriteTheImpactGraphsWithTheLoadThatBringsTheTexts() {
        Tdb2Store store = Fixtures.emptyStore();

        LoadReport report = loader(store).load(Fixtures.yulinAndLaws(), LoadListener.NONE);

        assertThat(report.written()).isTrue();
        assertThat(ImpactFixtures.graphs().updates(store, List.of())).as("current after the load").isEmpty();
        for (String graph : List.of("https://w3id.org/quanze/id/graph/health",
                "https://w3id.org/quanze/id/graph/health/yulin-secrecy-bureau.txt",
                "https://w3id.org/quanze/id/graph/correspondence/保守国家秘密法/2010-04-29/2024-02-27")) {
            String construct = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + graph + "> { ?s ?p ?o } }";
            assertThat(store.construct(QueryFactory.create(construct))
                    .isIsomorphicWith(ImpactFixtures.store().construct(QueryFactory.create(construct)))).as(graph).isTrue();
        }
        LoadReport again = loader(store).load(Fixtures.yulinAndLaws(), LoadListener.NONE);
        assertThat(again.written()).as("loading the same files again writes nothing").isFalse();
    }

    @Test
    void shouldRecomputeTheFindingsWhenOnlyTheLawTextsAreLoadedAfterTheList() {
        Tdb2Store store = Fixtures.emptyStore();
        // Without the law library, which would bring the texts the list cites with it.
        loader(store).with(LawLibrary.empty()).load(Source.fromPaths(List.of(Path.of(Fixtures.YULIN))), LoadListener.NONE);
        long unverifiableBefore = Long.parseLong(Fixtures.value(store, "SELECT (COUNT(*) AS ?n) WHERE { ?f qz:findingKind qz:Unverifiable }"));

        loader(store).load(Fixtures.secrecyTexts(), LoadListener.NONE);

        assertThat(unverifiableBefore).as("no text held at all: each of the 74 citations but the 9 同N").isEqualTo(65);
        assertThat(Fixtures.value(store, "SELECT (COUNT(*) AS ?n) WHERE { ?f qz:findingKind qz:Unverifiable }")).isEqualTo("40");
        assertThat(Fixtures.value(store, "SELECT (COUNT(*) AS ?n) WHERE { ?f qz:findingKind qz:Misquote }")).isEqualTo("4");
    }
}
