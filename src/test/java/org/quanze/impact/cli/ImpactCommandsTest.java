package org.quanze.impact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quanze.cli.QuanzeCommand;
import org.quanze.impact.Csv;
import picocli.CommandLine;

/** The impact, health and correspondence commands on a store loaded with the bundled data, as scripts use them. */
class ImpactCommandsTest {

    @TempDir
    static Path dir;
    private static String store;
    private static final ObjectMapper JSON = new ObjectMapper();

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        PrintStream saved = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        try (PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            CommandLine cl = QuanzeCommand.commandLine();
            cl.setErr(new PrintWriter(err));
            int exit = cl.execute(args);
            capture.flush();
            return new Run(exit, buffer.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(saved);
        }
    }

    @BeforeAll
    static void load() {
        store = dir.resolve("store").toString();
        Run load = run("load", "--store", store);
        assertThat(load.exit()).as(load.out()).isZero();
    }

    @Test
    void shouldPrintTheImpactOfTheLawAsJsonRows() throws Exception {
        Run r = run("impact", "--store", store, "--document", "保守国家秘密法", "--from", "2010", "--to", "2024", "--format", "json");

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode rows = JSON.readTree(r.out());
        assertThat(rows.isArray()).isTrue();
        assertThat(rows).hasSize(10);
        JsonNode first = rows.get(0);
        for (String field : List.of("list", "power", "role", "entry", "document", "oldVersion", "oldArticle", "change",
                "newVersion", "newArticles", "oldText", "newText")) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        assertThat(first.get("power").asInt()).isEqualTo(1);
        assertThat(first.get("role").asText()).isEqualTo("power-basis");
        assertThat(first.get("entry").isNull()).isTrue();
        assertThat(first.get("document").asText()).isEqualTo("保守国家秘密法");
        assertThat(first.get("oldVersion").asText()).isEqualTo("2010-04-29");
        assertThat(first.get("oldArticle").asInt()).isEqualTo(45);
        assertThat(first.get("change").asText()).isEqualTo("merged");
        assertThat(first.get("newVersion").asText()).isEqualTo("2024-02-27");
        assertThat(first.get("newArticles").get(0).asInt()).isEqualTo(52);
        assertThat(first.get("newTargets").get(0).asText()).isEqualTo("52(2)");
        assertThat(first.get("diff").get(0).get("kind").asText()).isEqualTo("equal");
        JsonNode power5 = rows.get(6);
        assertThat(List.of(power5.get("power").asInt(), power5.get("oldArticle").asInt(), power5.get("newArticles").get(0).asInt()))
                .containsExactly(5, 28, 34);
        assertThat(power5.get("change").asText()).isEqualTo("amended");
    }

    @Test
    void shouldPrintTheImpactOfTheRegulationAsCsvWhateverTheTitleIsWritten() {
        Run r = run("impact", "--store", store, "--document", "中华人民共和国保守国家秘密法实施条例", "--from", "2014", "--to", "2024",
                "--list", "yulin-secrecy-bureau");

        assertThat(r.exit()).as(r.err()).isZero();
        List<Map<String, String>> rows = Csv.rows(r.out());
        assertThat(rows).hasSize(17);
        assertThat(rows).filteredOn(row -> row.get("change").equals("renumbered")).hasSize(7)
                .allSatisfy(row -> assertThat(row.get("newArticles")).isEqualTo("72"));
        assertThat(rows.get(0)).containsEntry("list", "玉林市国家保密局权责清单").containsEntry("power", "1")
                .containsEntry("oldArticle", "36").containsEntry("newArticles", "62");
    }

    @Test
    void shouldPrintEveryFindingWithItsRowColumnAndTexts() throws Exception {
        Run csv = run("health", "--store", store, "--list", "yulin-secrecy-bureau");
        Run json = run("health", "--store", store, "--format", "json", "--kind", "misquote,chapter-mismatch",
                "--list", "yulin-secrecy-bureau");

        assertThat(csv.exit()).as(csv.err()).isZero();
        List<Map<String, String>> rows = Csv.rows(csv.out());
        assertThat(rows).as("51 citation findings (52 before (一) and （一） were one) and the reader's one").hasSize(52);
        assertThat(rows.get(0).keySet()).contains("list", "row", "column", "kind", "document", "article", "citedText",
                "officialText", "sheet", "message");
        assertThat(rows.get(51)).containsEntry("kind", "layout").containsEntry("row", "8").containsEntry("column", "13")
                .hasEntrySatisfying("message", m -> assertThat(m).contains("备注"));
        assertThat(rows).filteredOn(row -> row.get("kind").equals("level-mismatch") && row.get("document").equals("保守国家秘密法"))
                .singleElement().satisfies(row -> assertThat(List.of(row.get("row"), row.get("column"), row.get("citedText"),
                        row.get("officialText"))).containsExactly("7", "9", "行政法规", "法律"));
        JsonNode findings = JSON.readTree(json.out());
        assertThat(findings).hasSize(6);
        assertThat(findings.get(0).get("kind").asText()).isEqualTo("misquote");
        assertThat(findings.get(0).get("row").asInt()).isEqualTo(3);
    }

    @Test
    void shouldExportTheCorrespondenceAsATable() throws Exception {
        Run csv = run("correspondence", "--store", store, "--document", "保守国家秘密法", "--from", "2010", "--to", "2024",
                "--format", "csv");
        Run json = run("correspondence", "--store", store, "--document", "保守国家秘密法", "--from", "2010", "--to", "2024",
                "--format", "json");

        List<Map<String, String>> rows = Csv.rows(csv.out());
        assertThat(rows).hasSize(53 + 10);
        assertThat(rows.get(44)).containsEntry("old_article", "45").containsEntry("type", "MERGED")
                .containsEntry("new_articles", "52").containsEntry("new_paragraphs", "2");
        assertThat(rows.get(27)).containsEntry("old_article", "28").containsEntry("type", "AMENDED")
                .containsEntry("new_articles", "34");
        assertThat(rows.subList(53, 63)).allSatisfy(row -> assertThat(row.get("type")).isEqualTo("NEW"));
        assertThat(JSON.readTree(json.out())).hasSize(63);
    }

    @Test
    void shouldReadTheListAsOfADay() throws Exception {
        Run r = run("impact", "point-in-time", "--store", store, "--list", "yulin-secrecy-bureau", "--date", "2025-01-01",
                "--format", "json");

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode rows = JSON.readTree(r.out());
        assertThat(rows).hasSize(74);
        assertThat(rows.get(0).get("status").asText()).isEqualTo("carried");
        assertThat(rows.get(0).get("articlesInForce").asText()).isEqualTo("52(2)");
        assertThat(rows.get(0).get("quote").asText()).isEqualTo("misquote");
    }

    @Test
    void shouldNameWhatIsMissingWhenAReportCannotBeMade() {
        Run r = run("impact", "--store", store, "--document", "保守国家秘密法", "--from", "2012", "--to", "2024");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("no version of 《保守国家秘密法》 is named 2012");
    }

    @Test
    void shouldAskForTheDocument() {
        Run r = run("impact", "--store", store, "--from", "2010");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("impact needs --document");
    }

    /** As the page and its downloads: the versions left out are the oldest and newest whose official text is held. */
    @Test
    void shouldCompareTheOldestAndNewestTextsWhenTheVersionsAreLeftOut() throws Exception {
        Run both = run("impact", "--store", store, "--document", "保守国家秘密法", "--from", "2010", "--to", "2024",
                "--format", "json");
        Run none = run("impact", "--store", store, "--document", "保守国家秘密法", "--format", "json");
        Run newer = run("impact", "--store", store, "--document", "统计法", "--to", "2024", "--format", "csv");
        Run whole = run("impact", "--store", store, "--document", "统计法", "--from", "2009", "--to", "2024", "--format", "csv");

        assertThat(none.exit()).as(none.err()).isZero();
        assertThat(JSON.readTree(none.out())).isEqualTo(JSON.readTree(both.out())).hasSize(10);
        assertThat(newer.exit()).as(newer.err()).isZero();
        assertThat(newer.out()).isEqualTo(whole.out());
    }

    @Test
    void shouldSayWhenADocumentHasFewerThanTwoTextsToCompare() {
        Run r = run("impact", "--store", store, "--document", "社会保险法");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("the store holds the official text of 1 version(s) of 《社会保险法》: a report "
                + "compares two; its versions: [2010-10-28, 2018-12-29]");
    }
}
