package org.quanze.web.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.quanze.Fixtures;
import org.quanze.health.Coverage;
import org.quanze.impact.ImpactGraphs;
import org.quanze.law.LawLibrary;
import org.quanze.load.LoadListener;
import org.quanze.load.Source;
import org.quanze.load.SourceKind;
import org.quanze.reading.GraphReader;
import org.quanze.store.GraphStore;
import org.quanze.store.Tdb2Store;
import org.quanze.vocab.QZ;

/**
 * A store whose findings graphs an earlier release wrote (no format recorded, none of the counts kept
 * since: findings per kind, powers per facet, coverage) gets them recomputed whole, at the server's start and by
 * the next load, instead of pages reading zeros; a current store is left alone.
 */
class OlderFormatTest {

    private static final String FACETS = """
            PREFIX qz: <https://w3id.org/quanze/ontology#>
            SELECT ?t WHERE { GRAPH ?h { ?t qz:tallyFacet ?facet } }""";
    private static final String KINDS = """
            PREFIX qz: <https://w3id.org/quanze/ontology#>
            SELECT ?t WHERE { GRAPH ?h { ?t qz:tallyKind ?kind } }""";

    private static final String COVERAGE = """
            PREFIX qz: <https://w3id.org/quanze/ontology#>
            SELECT ?t WHERE { GRAPH ?h { ?t qz:tallyCoverage ?bucket } }""";

    private final ImpactGraphs graphs = Fixtures.ASSEMBLY.impactGraphs();

    private static Tdb2Store loaded() throws Exception {
        Tdb2Store store = Fixtures.emptyStore();
        List<Path> paths = Fixtures.secrecyTextsAndLists();
        Fixtures.loader(store).with(LawLibrary.empty()).load(Source.fromPaths(paths), LoadListener.NONE);
        return store;
    }

    /** Every findings graph as the release before wrote it: without its format and the counts kept since. */
    private static void asWrittenBefore(Tdb2Store store) {
        List<GraphStore.GraphUpdate> older = new ArrayList<>();
        for (var row : Fixtures.select(store, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")) {
            String g = row.get("g");
            if (!g.startsWith(Fixtures.IRIS.healthGraph())) {
                continue;
            }
            Model m = store.construct(QueryFactory.create("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + g + "> { ?s ?p ?o } }"));
            List<Resource> newer = new ArrayList<>();
            m.listSubjectsWithProperty(QZ.tallyFacet).forEach(newer::add);
            m.listSubjectsWithProperty(QZ.tallyKind).forEach(newer::add);
            m.listSubjectsWithProperty(QZ.tallyCoverage).forEach(newer::add);
            newer.forEach(r -> m.removeAll(r, null, null));
            m.removeAll(null, QZ.healthFormat, null);
            older.add(new GraphStore.GraphUpdate(g, m));
        }
        store.apply(older);
    }

    @Test
    void shouldRecomputeTheFindingsOfAStoreWrittenBeforeWhenTheServerStarts() throws Exception {
        Tdb2Store store = loaded();
        int facets = Fixtures.select(store, FACETS).size();
        int kinds = Fixtures.select(store, KINDS).size();
        assertThat(facets).isPositive();
        assertThat(kinds).isPositive();
        String generation = store.generation().tag();
        new ImpactGraphsAtStartup(store, graphs, false).refresh();
        assertThat(store.generation().tag()).as("a current store is not written").isEqualTo(generation);

        asWrittenBefore(store);
        assertThat(Fixtures.select(store, FACETS)).isEmpty();
        new ImpactGraphsAtStartup(store, graphs, false).refresh();
        assertThat(Fixtures.select(store, FACETS)).hasSize(facets);
        assertThat(Fixtures.select(store, KINDS)).hasSize(kinds);
    }

    /**
     * Until the start has recomputed them, /health's coverage of a store written before is counted from the
     * citations: the same table, only slower, instead of an empty one.
     */
    @Test
    void shouldCountTheCoverageFromTheCitationsWhileTheStoreLacksItsKeptCounts() throws Exception {
        Tdb2Store store = loaded();
        List<Coverage> kept = Coverage.read(GraphReader.of(store), null);
        assertThat(kept).as("the coverage of the eight files' lists").hasSizeGreaterThan(8);
        asWrittenBefore(store);
        assertThat(Fixtures.select(store, COVERAGE)).as("no coverage kept").isEmpty();
        assertThat(Coverage.read(GraphReader.of(store), null)).isEqualTo(kept);
        String yulin = "https://w3id.org/quanze/id/list/yulin-secrecy-bureau";
        assertThat(Coverage.read(GraphReader.of(store), yulin)).containsExactlyElementsOf(
                kept.stream().filter(c -> c.list().equals(yulin)).toList());
    }

    @Test
    void shouldRecomputeTheFindingsOfEveryFileOfAStoreWrittenBeforeAtTheNextLoad() throws Exception {
        Tdb2Store store = loaded();
        int facets = Fixtures.select(store, FACETS).size();
        asWrittenBefore(store);
        // One list loaded again, changed: a current store would have only its findings rechecked.
        String yulin = new String(Fixtures.bytes(Fixtures.YULIN), StandardCharsets.UTF_8);
        Fixtures.loader(store).with(LawLibrary.empty()).load(List.of(new Source(Fixtures.YULIN, "yulin-secrecy-bureau.txt",
                SourceKind.LIST, yulin.replaceFirst("应当予以收缴。", "应当立即予以收缴。").getBytes(StandardCharsets.UTF_8))),
                LoadListener.NONE);
        assertThat(Fixtures.select(store, FACETS)).as("the facets of every list file, not only Yulin's").hasSize(facets);
        assertThat(graphs.updates(store, List.of())).as("nothing left for a full recompute to write").isEmpty();
    }
}
