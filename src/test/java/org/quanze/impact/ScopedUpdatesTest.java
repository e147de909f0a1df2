package org.quanze.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quanze.Fixtures;
import org.quanze.law.LawLibrary;
import org.quanze.load.LoadListener;
import org.quanze.load.LoadReport;
import org.quanze.load.Loader;
import org.quanze.load.Source;
import org.quanze.load.SourceKind;
import org.quanze.store.GraphStore;
import org.quanze.store.Tdb2Store;

/**
 * A load computes the impact graphs of what it writes, removes or can affect, and no others: the health
 * graphs of the other list files are neither recomputed into the load nor rewritten, and the store it
 * leaves is exactly what a computation over the whole store calls for.
 */
class ScopedUpdatesTest {

    private static final String GRAPHS = "https://w3id.org/quanze/id/graph/";
    private static final String SECRECY_LAW = "https://w3id.org/quanze/id/law/保守国家秘密法";

    /** The impact graphs as a load's contributor, each load's recorded. */
    private static final class Recording implements Loader.Contributor {
        private final GraphStore store;
        private final List<String> written = new ArrayList<>();

        Recording(GraphStore store) {
            this.store = store;
        }

        @Override
        public List<GraphStore.GraphUpdate> contribute(List<org.quanze.load.FileReport> reports,
                                                       List<GraphStore.GraphUpdate> updates,
                                                       org.quanze.load.LoadOptions options) {
            List<GraphStore.GraphUpdate> extra = ImpactFixtures.graphs().updates(store, updates);
            extra.forEach(u -> written.add(u.graphName()));
            return extra;
        }
    }

    private static Loader recording(GraphStore store, Recording recording) {
        return Fixtures.ASSEMBLY.loader(store, Set.of()).with(recording);
    }

    @Test
    void shouldRewriteOnlyTheFindingsOfTheListLoadedAgain() throws Exception {
        Tdb2Store store = Fixtures.emptyStore();
        List<Path> paths = new ArrayList<>(Fixtures.bundledLists());
        paths.addAll(Fixtures.SECRECY_TEXTS);
        Fixtures.loader(store).load(Source.fromPaths(paths), LoadListener.NONE);
        List<String> healthGraphs = Fixtures.select(store, "SELECT DISTINCT ?h WHERE { GRAPH ?h { ?h qz:checkedGraph ?g } }")
                .stream().map(r -> r.get("h")).toList();
        String yulin = new String(Fixtures.bytes(Fixtures.YULIN), StandardCharsets.UTF_8);
        // One quote of the Yulin list no longer says what the 2010 law says: a misquote more, in that list only.
        String misquoted = yulin.replaceFirst("应当予以收缴。", "应当立即予以收缴。");
        Recording recording = new Recording(store);

        LoadReport report = recording(store, recording).load(List.of(new Source(Fixtures.YULIN, "yulin-secrecy-bureau.txt",
                SourceKind.LIST, misquoted.getBytes(StandardCharsets.UTF_8))), LoadListener.NONE);

        assertThat(report.written()).isTrue();
        assertThat(healthGraphs).as("a health graph per list file").hasSize(Fixtures.bundledLists().size());
        assertThat(recording.written).as("the impact graphs the load wrote")
                .containsExactly(GRAPHS + "health/yulin-secrecy-bureau.txt");
        assertThat(Fixtures.value(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + GRAPHS
                + "health/yulin-secrecy-bureau.txt> { ?f qz:findingKind qz:Misquote ; qz:citedText ?t "
                + "FILTER(CONTAINS(?t, \"应当立即予以收缴\")) } }")).isEqualTo("1");
        assertThat(ImpactFixtures.graphs().updates(store, List.of()))
                .as("the store as the whole store's computation calls for").isEmpty();
    }

    @Test
    void shouldRecomputeTheListsCitingANewLawTextAndNoOthers() throws Exception {
        Tdb2Store store = Fixtures.emptyStore();
        List<Path> paths = new ArrayList<>(Fixtures.bundledLists());
        Path law2010 = Path.of("data/laws/secrecy-law-2010.md");
        Fixtures.SECRECY_TEXTS.stream().filter(p -> !p.equals(law2010)).forEach(paths::add);
        // Without the law library, which would bring the 2010 text (the version Yulin cites) along with the lists.
        Fixtures.loader(store).with(LawLibrary.empty()).load(Source.fromPaths(paths), LoadListener.NONE);
        List<String> citing = Fixtures.select(store, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?c qz:citesDocument <"
                + SECRECY_LAW + "> } }").stream().map(r -> r.get("g").replace(GRAPHS, GRAPHS + "health/")).toList();
        Recording recording = new Recording(store);

        recording(store, recording).with(LawLibrary.empty()).load(Source.fromPaths(List.of(law2010)), LoadListener.NONE);

        List<String> health = recording.written.stream().filter(g -> g.startsWith(GRAPHS + "health/")).toList();
        assertThat(citing).as("the bundled lists citing the secrecy law").contains(GRAPHS + "health/yulin-secrecy-bureau.txt");
        assertThat(health).as("findings rewritten: of lists citing the law only, Yulin's among them")
                .isNotEmpty().allMatch(citing::contains).contains(GRAPHS + "health/yulin-secrecy-bureau.txt");
        assertThat(recording.written).as("the correspondence of the new pair of versions")
                .contains(GRAPHS + "correspondence/保守国家秘密法/2010-04-29/2024-02-27");
        assertThat(recording.written.stream().filter(g -> g.startsWith(GRAPHS + "correspondence/")))
                .allMatch(g -> g.startsWith(GRAPHS + "correspondence/保守国家秘密法/"));
        assertThat(ImpactFixtures.graphs().updates(store, List.of()))
                .as("no list left with findings the new version changes").isEmpty();
    }
}
