package org.quanze.impact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quanze.Fixtures;

/**
 * {@code impact --document 统计法 --from 2009 --to 2024} over the 统计局 2025 list, which cites the 2024 text
 * (第二次修正, 2024-09-13) ten times: each row traces the article it cites back to the 2009 text. The
 * expected rows were read off the two texts of the law library by hand:
 * <ul>
 * <li>2024 第三十六条 is 2009 第三十三条 word for word (查处统计违法行为), renumbered;</li>
 * <li>2024 第三十八条 is 2009 第三十五条 word for word (the six measures of an inspection), renumbered;</li>
 * <li>2024 第四十条 comes from 2009 第三十七条: 地方各级人民政府 for 地方人民政府, items (三) and (五) new, and the
 *     retaliation of old item (三) a paragraph of its own — amended;</li>
 * <li>2024 第四十一条 comes from 2009 第三十八条: 未经批准或者备案, 负有责任的领导人员 — amended;</li>
 * <li>2024 第四十二条 comes from 2009 第三十九条: the leak of old item (二) split into items (二) and (三) — amended;</li>
 * <li>2024 第四十四条 comes from 2009 第四十一条: fines of 五万元 and 二十万元 raised to 十万元 and 五十万元 — amended;</li>
 * <li>2024 第四十五条 comes from 2009 第四十二条: 可以予以通报 and the 处分 added, the fine 一万元 raised to 五万元 — amended.</li>
 * </ul>
 */
class StatisticsLawImpactTest {

    private static final Path LAWS = Path.of("data/laws/national/经济法");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    private static JsonNode rows;

    @BeforeAll
    static void report() throws IOException {
        String store = dir.resolve("store").toString();
        // The list alone: the law library brings both texts of 统计法, and the load derives their correspondence.
        ImpactCommandsTest.Run load = ImpactCommandsTest.run("load", "--store", store,
                "data/lists/karamay/statistics-bureau-2025.xlsx");
        assertThat(load.exit()).as(load.out()).isZero();
        assertThat(load.out()).contains("统计法(2009-06-27).md: 50 articles").contains("统计法(2024-09-13).md: 53 articles");
        ImpactCommandsTest.Run impact = ImpactCommandsTest.run("impact", "--store", store, "--document", "统计法",
                "--from", "2009", "--to", "2024", "--list", "statistics-bureau-2025", "--format", "json");
        assertThat(impact.exit()).as(impact.err()).isZero();
        rows = JSON.readTree(impact.out());
    }

    /** An article of a Markdown text of the library, its label taken off, one paragraph or item per line. */
    private static String article(String file, String label) throws IOException {
        return String.join("\n", Fixtures.articleLines(LAWS.resolve(file), label));
    }

    private static String row(JsonNode r) {
        return r.get("power").asInt() + " " + r.get("role").asText() + " " + r.get("reference").asText() + " "
                + r.get("cites").asText() + " " + r.get("oldArticles") + " " + r.get("change").asText() + " "
                + r.get("newArticles");
    }

    @Test
    void shouldTraceEachArticleTheListCitesBackToThe2009Text() {
        List<String> got = new ArrayList<>();
        rows.forEach(r -> got.add(row(r)));
        assertThat(got).containsExactly(
                "1 power-basis 第四十四条 new [41] amended [44]",
                "1 duty-basis 第四十条 new [37] amended [40]",
                "1 duty-basis 第四十一条 new [38] amended [41]",
                "1 duty-basis 第四十二条 new [39] amended [42]",
                "2 power-basis 第四十五条 new [42] amended [45]",
                "2 duty-basis 第四十条 new [37] amended [40]",
                "2 duty-basis 第四十一条 new [38] amended [41]",
                "2 duty-basis 第四十二条 new [39] amended [42]",
                "3 power-basis 第三十六条 new [33] renumbered [36]",
                "3 power-basis 第三十八条 new [35] renumbered [38]");
        rows.forEach(r -> {
            assertThat(r.get("oldVersion").asText()).isEqualTo("2009-06-27");
            assertThat(r.get("newVersion").asText()).isEqualTo("2024-09-13");
            assertThat(r.get("list").asText()).isEqualTo("2025年克拉玛依市统计局权责清单");
        });
    }

    @Test
    void shouldGiveBothTextsAsTheLibraryHasThem() throws IOException {
        String[][] pairs = {{"第三十三条", "第三十六条"}, {"第三十五条", "第三十八条"}, {"第三十七条", "第四十条"},
                {"第三十八条", "第四十一条"}, {"第三十九条", "第四十二条"}, {"第四十一条", "第四十四条"}, {"第四十二条", "第四十五条"}};
        for (String[] pair : pairs) {
            JsonNode r = find(pair[1]);
            assertThat(r.get("oldText").asText()).as(pair[0]).isEqualTo(article("统计法(2009-06-27).md", pair[0]));
            assertThat(r.get("newText").asText()).as(pair[1]).isEqualTo(article("统计法(2024-09-13).md", pair[1]));
        }
        // Renumbered: the same words.
        assertThat(find("第三十六条").get("oldText").asText()).isEqualTo(find("第三十六条").get("newText").asText());
    }

    @Test
    void shouldMarkWhatTheRevisionChangedInTheDiff() {
        // 第四十四条: 其直接负责的主管人员和其他直接责任人员属于国家工作人员 → 其负有责任的领导人员和直接责任人员属于公职人员,
        // 由任免机关 → 由任免机关、单位, and the fines 五万元 → 十万元, 五万元以上二十万元 → 十万元以上五十万元.
        assertThat(changes(find("第四十四条").get("diff"))).containsExactly("-直接", "+有", "+任", "-主管", "+领导", "-其他",
                "-国家工作", "+公职", "+、单位", "-五", "+十", "-五", "+十", "-二", "+五");
        // 第四十五条: 可以予以通报 and the 处分 of the responsible persons added; the fine 一万元 → 五万元.
        assertThat(changes(find("第四十五条").get("diff"))).containsExactly(
                "+，可以予以通报；其负有责任的领导人员和直接责任人员属于公职人员的，由任免机关、单位或者监察机关依法给予处分", "-一", "+五");
        assertThat(changes(find("第三十六条").get("diff"))).isEmpty();
    }

    /** The deleted (-) and inserted (+) runs of a diff, in order. */
    private static List<String> changes(JsonNode diff) {
        List<String> changes = new ArrayList<>();
        diff.forEach(s -> {
            String kind = s.get("kind").asText();
            if (!kind.equals("equal")) {
                changes.add((kind.equals("deleted") ? "-" : "+") + s.get("text").asText());
            }
        });
        return changes;
    }

    private static JsonNode find(String reference) {
        for (JsonNode r : rows) {
            if (r.get("reference").asText().equals(reference)) {
                return r;
            }
        }
        throw new AssertionError("no row citing " + reference);
    }
}
