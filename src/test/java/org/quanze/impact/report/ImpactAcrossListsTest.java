package org.quanze.impact.report;

import static org.assertj.core.api.Assertions.assertThat;

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
 * the rows of whole lists until about {@link ImpactReport#DETAILS}, each power named with its list.
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
    void shouldShowWholeListsUntilAboutAHundredRows() {
        assertThat(report.shownRows()).hasSize(10 * 10);
        assertThat(report.shownLists()).isEqualTo(10);
        assertThat(report.partial()).isTrue();
        assertThat(report.shownByPower()).isNotEmpty().allSatisfy(g -> assertThat(g.label()).startsWith("玉林市国家保密局权责清单 · "));
        assertThat(report.shownByPower().stream().mapToInt(g -> g.rows().size()).sum()).isEqualTo(10 * 10);
    }

    @Test
    void shouldCountPowersAndListsPerUnit() {
        assertThat(report.byUnit()).isNotEmpty().allSatisfy(g -> assertThat(g.lists()).isEqualTo(12));
    }
}
