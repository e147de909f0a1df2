package org.quanze.impact.correspondence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Accuracy of the correspondence against hand-checked pairs
 * ({@code testing/correspondence/expected-pairs.tsv}): an entry is right when type, new
 * articles and paragraphs all match. The curated result must be right on every entry; the
 * accuracy of the derivation alone is reported beside it so that overrides cannot hide a
 * regression.
 */
class ExpectedPairsTest {

    private static final String FIXTURE = "/testing/correspondence/expected-pairs.tsv";

    record Expected(int line, String pair, int oldArticle, ChangeType type, String targets, String reason) {
    }

    private static Map<String, Correspondence> curated;
    private static Map<String, Correspondence> derived;

    @BeforeAll
    static void derive() {
        curated = Map.of("law", Laws.curated(Laws.law2010(), Laws.law2024()),
                "regulation", Laws.curated(Laws.regulation2014(), Laws.regulation2024()));
        derived = Map.of("law", Laws.derived(Laws.law2010(), Laws.law2024()),
                "regulation", Laws.derived(Laws.regulation2014(), Laws.regulation2024()));
    }

    @Test
    void fixtureCoversEveryArticleTheYulinListCites() throws IOException {
        List<Expected> expected = expected();
        for (int article : List.of(23, 28, 42, 44, 45, 50)) {
            assertTrue(expected.stream().anyMatch(e -> e.pair().equals("law") && e.oldArticle() == article),
                    "law 2010 第" + article + "条 is cited by the Yulin list but not in the fixture");
        }
        for (int article : List.of(24, 32, 33, 35, 36, 38, 44)) {
            assertTrue(expected.stream().anyMatch(e -> e.pair().equals("regulation") && e.oldArticle() == article),
                    "regulation 2014 第" + article + "条 is cited by the Yulin list but not in the fixture");
        }
        assertTrue(expected.size() >= 25, "at least 25 hand-checked pairs, found " + expected.size());
    }

    @Test
    void curatedCorrespondenceMatchesEveryHandCheckedPair() throws IOException {
        List<Expected> expected = expected();
        List<String> derivedMisses = misses(expected, derived);
        List<String> curatedMisses = misses(expected, curated);
        System.out.printf("[correspondence] accuracy on %d hand-checked pairs: derived %.1f%% (%d wrong), "
                        + "with overrides %.1f%% (%d wrong)%n", expected.size(),
                percent(expected.size(), derivedMisses.size()), derivedMisses.size(),
                percent(expected.size(), curatedMisses.size()), curatedMisses.size());
        derivedMisses.forEach(m -> System.out.println("[correspondence] derived differs: " + m));
        assertEquals(List.of(), curatedMisses, "accuracy " + percent(expected.size(), curatedMisses.size()) + "%");
    }

    private static List<String> misses(List<Expected> expected, Map<String, Correspondence> results) {
        List<String> misses = new ArrayList<>();
        for (Expected e : expected) {
            ArticleMapping m = results.get(e.pair()).mapping(e.oldArticle()).orElseThrow();
            String actual = targets(m);
            if (m.type() != e.type() || !actual.equals(e.targets())) {
                misses.add(String.format("line %d: %s 第%d条 expected %s %s, got %s %s (%s)", e.line(), e.pair(),
                        e.oldArticle(), e.type(), e.targets(), m.type(), actual, m.reason()));
            }
        }
        return misses;
    }

    static String targets(ArticleMapping m) {
        return m.targets().isEmpty() ? "-" : String.join(";", m.targets().stream().map(Target::label).toList());
    }

    private static double percent(int total, int wrong) {
        return Math.round(1000.0 * (total - wrong) / total) / 10.0;
    }

    static List<Expected> expected() throws IOException {
        try (InputStream in = ExpectedPairsTest.class.getResourceAsStream(FIXTURE)) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<Expected> expected = new ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].isBlank() && !lines[i].startsWith("#")) {
                    expected.add(parse(i + 1, lines[i].split("\t")));
                }
            }
            return expected;
        }
    }

    private static Expected parse(int line, String[] cells) {
        Function<Integer, String> cell = i -> {
            if (i >= cells.length || cells[i].isBlank()) {
                throw new IllegalStateException(FIXTURE + " line " + line + ": column " + (i + 1) + " missing");
            }
            return cells[i].strip();
        };
        return new Expected(line, cell.apply(0), Integer.parseInt(cell.apply(1)), ChangeType.valueOf(cell.apply(2)),
                cell.apply(3), cell.apply(4));
    }
}
