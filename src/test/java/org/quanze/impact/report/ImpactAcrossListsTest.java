package org.quanze.impact.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quanze.Fixtures;
import org.quanze.load.LoadListener;
import org.quanze.load.LoadReport;
import org.quanze.load.Source;
import org.quanze.reading.GraphReader;
import org.quanze.store.Tdb2Store;

/**
 * The impact report over many lists: the Yulin list and eleven copies under other file names (twelve
 * lists of 10 citations of the 2010 Secrets Law each). Every row is counted per list; a page shows
 * the rows of whole lists until about {@link ImpactReport#DETAILS}, each power named with its list,
 * and counts what the whole report counts.
 */
class ImpactAcrossListsTest {

    @TempDir
    static Path folder;

    private static Tdb2Store store;
    private static ImpactReport report;

    @BeforeAll
    static void load() throws IOException {
        List<Path> sources = new ArrayList<>(Fixtures.yulinAndLaws().stream().map(s -> Path.of(s.origin())).toList());
        for (int i = 1; i <= 11; i++) {
            Path copy = folder.resolve("yulin-copy-" + i + ".txt");
            Files.copy(Path.of("data/lists/yulin-secrecy-bureau.txt"), copy);
            sources.add(copy);
        }
        store = Fixtures.emptyStore();
        LoadReport loaded = Fixtures.loader(store).load(Source.fromPaths(sources), LoadListener.NONE);
        assertThat(loaded.hasFailures()).as("%s", loaded).isFalse();
        report = new ImpactReports(Fixtures.IRIS).report(GraphReader.of(store), "保守国家秘密法", "2010", "2024", null);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void shouldCountEveryRowPerList() {
        assertThat(report.rows()).hasSize(12 * 10);
        assertThat(report.manyLists()).isTrue();
        assertThat(report.byList()).hasSize(12).allSatisfy(g -> {
            assertThat(g.rows()).hasSize(10);
            assertThat(g.totals()).isEqualTo(report.byList().get(0).totals());
        });
        assertThat(report.byList()).extracting(ImpactReport.Group::key)
                .contains("https://w3id.org/quanze/id/list/yulin-copy-1", "https://w3id.org/quanze/id/list/yulin-secrecy-bureau");
    }

    @Test
    void shouldShowWholeListsUntilAboutFiftyRowsAPage() {
        ImpactReport first = page(1);
        assertThat(first.rows()).hasSize(5 * 10);
        assertThat(first.shownLists()).isEqualTo(5);
        assertThat(first.partial()).isTrue();
        assertThat(first.pageCount()).isEqualTo(3);
        assertThat(first.pageLinks()).containsExactly(1, 2, 3);
        assertThat(first.byPower()).isNotEmpty().allSatisfy(g -> assertThat(g.label()).startsWith("玉林市国家保密局权责清单 · "));
        assertThat(first.byPower().stream().mapToInt(g -> g.rows().size()).sum()).isEqualTo(5 * 10);

        ImpactReport second = page(2);
        assertThat(second.page()).isEqualTo(2);
        assertThat(second.rows()).hasSize(5 * 10);
        ImpactReport third = page(3);
        assertThat(third.rows()).hasSize(2 * 10);
        assertThat(third.shownLists()).isEqualTo(2);
        assertThat(page(99).page()).as("past the last page: the last").isEqualTo(3);
        assertThat(page(0).page()).isEqualTo(1);

        // The three pages show every citation of the whole report once, list by list in the order of its table.
        List<String> byList = report.byList().stream().flatMap(g -> report.rows().stream()
                .filter(r -> r.citation().list().equals(g.key()))).map(r -> r.citation().iri()).toList();
        assertThat(java.util.stream.Stream.of(first, second, third).flatMap(p -> p.rows().stream())
                .map(r -> r.citation().iri())).containsExactlyElementsOf(byList);
    }

    @Test
    void shouldCountOnEveryPageWhatTheWholeReportCounts() {
        for (ImpactReport page : List.of(page(1), page(2), page(3))) {
            assertThat(page.tallies()).containsExactlyInAnyOrderElementsOf(report.tallies());
            assertThat(page.byList()).extracting(ImpactReport.Group::key, ImpactReport.Group::label, ImpactReport.Group::totals)
                    .containsExactlyElementsOf(report.byList().stream().map(g -> tuple(g.key(), g.label(), g.totals())).toList());
            assertThat(page.byUnit()).extracting(ImpactReport.Group::label, ImpactReport.Group::powers, ImpactReport.Group::lists)
                    .containsExactlyInAnyOrderElementsOf(report.byUnit().stream().map(g -> tuple(g.label(), g.powers(), g.lists())).toList());
        }
    }

    /** The table by list of a page is the whole report's rows of the lists that page shows: five, five, then two. */
    @Test
    void shouldTableByListTheListsOfEachPage() {
        List<ImpactReport> pages = List.of(page(1), page(2), page(3));
        assertThat(pages).extracting(p -> p.byListShown().size()).containsExactly(5, 5, 2);
        assertThat(pages).allSatisfy(p -> assertThat(p.listCount()).isEqualTo(12));
        assertThat(pages.stream().flatMap(p -> p.byListShown().stream()))
                .extracting(ImpactReport.Group::key, ImpactReport.Group::totals)
                .containsExactlyElementsOf(report.byList().stream().map(g -> tuple(g.key(), g.totals())).toList());
        for (ImpactReport p : pages) {
            assertThat(p.byListShown()).extracting(ImpactReport.Group::key).containsExactlyInAnyOrderElementsOf(
                    p.rows().stream().map(r -> r.citation().list()).distinct().toList());
        }
        assertThat(report.byListShown()).as("a whole report shows every list").isEqualTo(report.byList());
    }

    private static ImpactReport page(int n) {
        return new ImpactReports(Fixtures.IRIS).page(GraphReader.of(store), "保守国家秘密法", "2010", "2024", null, n);
    }

    @Test
    void shouldCountPowersAndListsPerUnit() {
        assertThat(report.byUnit()).isNotEmpty().allSatisfy(g -> assertThat(g.lists()).isEqualTo(12));
    }
}
