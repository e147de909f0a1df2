package org.quanze.ingest.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quanze.Fixtures;
import org.quanze.ingest.Location;
import org.quanze.ingest.columns.HeaderNames;

/**
 * The reader measured against citations read by hand ({@code testing/evaluation/citations-sample.tsv}):
 * per field, the precision (of the citations the reader makes in the sampled cells, how many are
 * right) and the recall (of the citations a person reads there, how many the reader makes). A
 * citation counts as found when the reader makes one in the same cell naming the same document and
 * article; a paragraph, item or version counts as right when such a citation also names the same one.
 * The figures are printed and stand in the README; the issue asks at least 0.98 for document and
 * article, 0.95 for the version.
 */
class CitationSampleTest {

    private static final Path SAMPLE = Path.of("src/test/resources/testing/evaluation/citations-sample.tsv");
    private static final Path LISTS = Path.of("data/lists/karamay");

    /** A citation of one cell: by hand, or as the reader makes it. */
    record Cited(String title, int article, Integer paragraph, Integer item, String version) {
        String document() {
            return DocumentCitation.key(title);
        }
    }

    /** Where a cited cell stands: file, sheet, the sheet's row, column. */
    record Cell(String file, String sheet, int row, int column) {
    }

    /** Precision and recall of one field. */
    record Score(int found, int made, int expected) {
        double precision() {
            return made == 0 ? 1 : (double) found / made;
        }

        double recall() {
            return expected == 0 ? 1 : (double) found / expected;
        }

        @Override
        public String toString() {
            return String.format("precision %.3f (%d/%d), recall %.3f (%d/%d)", precision(), found, made, recall(),
                    found, expected);
        }
    }

    private static Map<String, Map<Cell, List<Cited>>> expected;
    private static Map<Cell, List<Cited>> made;

    @BeforeAll
    static void read() {
        expected = expected();
        made = new LinkedHashMap<>();
        expected.values().stream().flatMap(m -> m.keySet().stream()).map(Cell::file).distinct()
                .forEach(file -> made.putAll(madeIn(file)));
    }

    /**
     * Each draw of cells read by hand: every third basis cell (none of them used to write the rules),
     * the held-out cells (read by hand only after the reader was changed) and the rest (read last).
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "every-third | every third basis cell of the two new lists",
            "held-out    | the held-out basis cells of the two new lists",
            "rest        | the rest of the basis cells of the two new lists"})
    void shouldReadTheCitationsOfEachDrawOfCellsReadByHand(String draw, String what) {
        Map<String, Score> scores = scores(expected.get(draw));
        print(what, expected.get(draw), scores);
        assertReadWell(scores);
    }

    /** Every basis cell of the two new lists, all four draws together: what the two lists' figures are. */
    @Test
    void shouldReadEveryBasisCellOfTheTwoNewLists() {
        Map<Cell, List<Cited>> all = new LinkedHashMap<>();
        List.of("every-third", "slip", "held-out", "rest").forEach(draw -> all.putAll(expected.get(draw)));
        Map<String, Score> scores = scores(all);
        print("every basis cell of the two new lists", all, scores);
        assertThat(all).hasSize(74);
        assertReadWell(scores);
    }

    @Test
    void shouldReadPastTheSlipsOfTheCellsThatFailedTheirFiles() {
        Map<String, Score> scores = scores(expected.get("slip"));
        print("the two cells whose slips failed their files", expected.get("slip"), scores);
        assertThat(scores.values()).allSatisfy(s -> {
            assertThat(s.precision()).isEqualTo(1.0);
            assertThat(s.recall()).isEqualTo(1.0);
        });
    }

    @Test
    void shouldStillReadTheListsBundledBefore() {
        Map<String, Score> scores = scores(expected.get("seeded-other"));
        print("eight cells of the lists bundled before", expected.get("seeded-other"), scores);
        // Precision is printed, not required: the fire list quotes a listed 第十八条第（五）项 again below
        // under 第十八条, which the reader counts as a citation of its own (see the README).
        assertThat(scores.get("document+article").recall()).isGreaterThanOrEqualTo(0.98);
        assertThat(scores.get("version").recall()).isGreaterThanOrEqualTo(0.95);
    }

    /** The bar every sample but the slips and the old lists is held to: 98 % for document and article, 95 % for the version. */
    private static void assertReadWell(Map<String, Score> scores) {
        assertThat(scores.get("document+article").precision()).isGreaterThanOrEqualTo(0.98);
        assertThat(scores.get("document+article").recall()).isGreaterThanOrEqualTo(0.98);
        assertThat(scores.get("version").precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(scores.get("version").recall()).isGreaterThanOrEqualTo(0.95);
    }

    private static void print(String what, Map<Cell, List<Cited>> cells, Map<String, Score> scores) {
        System.out.printf("citation sample, %s: %d cells, %d citations read by hand%n", what, cells.size(),
                cells.values().stream().mapToInt(List::size).sum());
        scores.forEach((field, score) -> System.out.printf("  %-17s %s%n", field, score));
        cells.forEach((cell, byHand) -> {
            List<Cited> byReader = made.getOrDefault(cell, List.of());
            List<Cited> missed = new ArrayList<>(byHand);
            List<Cited> extra = new ArrayList<>(byReader);
            byHand.forEach(extra::remove);
            byReader.forEach(missed::remove);
            if (!missed.isEmpty() || !extra.isEmpty()) {
                System.out.printf("  %s: read by hand, not by the reader %s; by the reader, not by hand %s%n",
                        cell, missed, extra);
            }
        });
    }

    /** Every field scored over the sampled cells. */
    private static Map<String, Score> scores(Map<Cell, List<Cited>> sample) {
        Map<String, Score> scores = new LinkedHashMap<>();
        scores.put("document", score(sample, c -> c.document(), c -> true));
        scores.put("document+article", score(sample, c -> c.document() + "#" + c.article(), c -> true));
        scores.put("paragraph", field(sample, Cited::paragraph));
        scores.put("item", field(sample, Cited::item));
        scores.put("version", field(sample, Cited::version));
        return scores;
    }

    /** Citations matched by {@code key}, cell by cell, each used once; {@code counts}: which take part. */
    private static Score score(Map<Cell, List<Cited>> sample, Function<Cited, String> key,
                               java.util.function.Predicate<Cited> counts) {
        int found = 0;
        int madeCount = 0;
        int expectedCount = 0;
        for (Map.Entry<Cell, List<Cited>> cell : sample.entrySet()) {
            List<Cited> byHand = cell.getValue().stream().filter(counts).toList();
            List<Cited> byReader = new ArrayList<>(made.getOrDefault(cell.getKey(), List.of()).stream().filter(counts).toList());
            expectedCount += byHand.size();
            madeCount += byReader.size();
            for (Cited c : byHand) {
                int i = indexOf(byReader, key.apply(c), key);
                if (i >= 0) {
                    found++;
                    byReader.remove(i);
                }
            }
        }
        return new Score(found, madeCount, expectedCount);
    }

    /**
     * A field right when a citation of the same cell, document and article names the same value:
     * precision over the citations the reader gives that field, recall over those read by hand with it.
     */
    private static Score field(Map<Cell, List<Cited>> sample, Function<Cited, Object> field) {
        Function<Cited, String> key = c -> c.document() + "#" + c.article() + "#" + field.apply(c);
        return score(sample, key, c -> field.apply(c) != null);
    }

    private static int indexOf(List<Cited> list, String wanted, Function<Cited, String> key) {
        for (int i = 0; i < list.size(); i++) {
            if (key.apply(list.get(i)).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    /** The sample by how it was drawn, then by cell. */
    private static Map<String, Map<Cell, List<Cited>>> expected() {
        Map<String, Map<Cell, List<Cited>>> sample = new TreeMap<>();
        try (Stream<String> lines = Files.lines(SAMPLE, StandardCharsets.UTF_8)) {
            lines.filter(l -> !l.startsWith("#") && !l.startsWith("file\t") && !l.isBlank()).forEach(l -> {
                String[] f = l.split("\t", -1);
                Cell cell = new Cell(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]));
                Cited cited = new Cited(f[4], Integer.parseInt(f[5]), number(f[6]), number(f[7]),
                        f[8].isEmpty() ? null : f[8]);
                sample.computeIfAbsent(f[9], k -> new LinkedHashMap<>()).computeIfAbsent(cell, k -> new ArrayList<>())
                        .add(cited);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sample;
    }

    private static Integer number(String field) {
        return field.isEmpty() ? null : Integer.valueOf(field);
    }

    /** The citations the reader makes in each basis cell of a bundled list, as the loader reads it. */
    private static Map<Cell, List<Cited>> madeIn(String file) {
        ListFile read = new ListFileReader(HeaderNames.standard()).read(file, Fixtures.bytes(LISTS.resolve(file).toString()));
        Map<Cell, List<Cited>> cells = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (PowerList list : read.lists()) {
            for (Power p : list.powers()) {
                List<BasisItem> items = new ArrayList<>(p.basis());
                items.addAll(p.dutiesBasis());
                items.addAll(p.casesBasis());
                p.duties().forEach(d -> items.addAll(d.basis()));
                p.cases().forEach(c -> items.addAll(c.basis()));
                for (BasisItem item : items) {
                    Location at = item.location();
                    // A basis merged down over several powers is read for each: count its citations once.
                    if (item.isRepeat() || !seen.add(at.sheet() + "|" + at.row() + "|" + at.column() + "|" + item.index())) {
                        continue;
                    }
                    Cell cell = new Cell(file, Objects.requireNonNullElse(at.sheet(), ""), at.row(), at.column());
                    for (DocumentCitation doc : item.citations()) {
                        HistoryNote note = HistoryNote.parse(doc.history());
                        String version = note.isUndated() ? null : note.versionSlug();
                        doc.refs().forEach(r -> cells.computeIfAbsent(cell, k -> new ArrayList<>())
                                .add(new Cited(doc.title(), r.article(), r.paragraph(), r.item(), version)));
                    }
                }
            }
        }
        return cells;
    }
}
