package org.quanze.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quanze.Fixtures;
import org.quanze.load.FileReport;
import org.quanze.load.LoadListener;
import org.quanze.load.LoadReport;
import org.quanze.load.Source;
import org.quanze.store.Tdb2Store;

class CorpusGeneratorTest {

    private static final long SEED = 7;

    @TempDir
    static Path dir;
    private static Corpus once;
    private static Corpus double1;

    @BeforeAll
    static void generate() {
        once = new CorpusGenerator(SEED).generate(dir.resolve("x1"), 1);
        double1 = new CorpusGenerator(SEED).generate(dir.resolve("x2"), 2);
    }

    @Test
    void shouldWriteTheSameFilesForTheSameSeed() {
        Corpus again = new CorpusGenerator(SEED).generate(dir.resolve("x2-again"), 2);
        assertThat(contents(again.folder())).isEqualTo(contents(double1.folder()));
    }

    @Test
    void shouldVaryTheCopiesWithTheSeed() {
        Corpus other = new CorpusGenerator(SEED + 1).generate(dir.resolve("x2-other"), 2);
        assertThat(contents(other.folder())).isNotEqualTo(contents(double1.folder()));
    }

    @Test
    void shouldKeepTheRealDataAsItIsAtScaleOne() {
        for (Source s : Source.bundled()) {
            Path written = s.kind().name().equals("LAW_TEXT") ? once.laws().resolve(s.fileName())
                    : once.listsFolder().resolve("part-000").resolve(s.fileName());
            assertThat(bytes(written)).as(s.fileName()).isEqualTo(s.bytes());
        }
    }

    @Test
    void shouldScaleTheCounts() {
        assertThat(double1.lists()).hasSize(2 * once.lists().size());
        assertThat(double1.rows()).isEqualTo(2 * once.rows());
        assertThat(double1.powers()).isEqualTo(2 * once.powers());
        assertThat(Corpus.read(double1.folder())).isEqualTo(new Corpus(double1.folder(), 2, SEED, double1.lists()));
    }

    @Test
    void shouldLoadATwofoldCorpusThatConformsToTheShapes() {
        try (Tdb2Store store = Fixtures.emptyStore()) {
            LoadReport report = Fixtures.loader(store).load(Source.fromPaths(List.of(double1.laws(), double1.listsFolder())),
                    new LoadListener() { });
            assertThat(report.refusal()).isNull();
            assertThat(report.count(FileReport.Status.FAILED)).isZero();
            assertThat(report.written()).isTrue();
            assertThat(store.validate()).isEmpty();
            long powers = store.select(QueryFactory.create(
                    "SELECT (COUNT(?p) AS ?n) WHERE { ?p a <https://w3id.org/quanze/ontology#Power> }"))
                    .next().getLiteral("n").getLong();
            assertThat(powers).isEqualTo(double1.powers());
            long regions = store.select(QueryFactory.create(
                    "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?l <https://w3id.org/quanze/ontology#region> ?r }"))
                    .next().getLiteral("n").getLong();
            assertThat(regions).as("玉林市, 克拉玛依市 and the region of the copy").isEqualTo(3);
        }
    }

    /** Every file under the folder by its relative path, with its bytes (as Base64, so that maps compare by content). */
    private static Map<String, String> contents(Path folder) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile).forEach(p -> files.put(folder.relativize(p).toString(),
                    Base64.getEncoder().encodeToString(bytes(p))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
