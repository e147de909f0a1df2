package org.quanze.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The CLI as a script would use it: exit codes, and what it prints and writes. */
class CliTest {

    @TempDir
    Path dir;

    /** What a command printed, and its exit code. */
    record Run(int exit, String out) {
    }

    /** Runs a command line in this JVM, capturing what it prints (shared by the CLI tests). */
    static Run run(String... args) {
        PrintStream saved = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            int exit = QuanzeCommand.commandLine().execute(args);
            capture.flush();
            return new Run(exit, buffer.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(saved);
        }
    }

    private String store() {
        return dir.resolve("store").toString();
    }

    private void loadBundled() {
        Run load = run("load", "--store", store());
        assertThat(load.exit()).as(load.out()).isZero();
    }

    @Test
    void shouldLoadTheBundledDataThenFindItUnchanged() {
        Run first = run("load", "--store", store());
        assertThat(first.exit()).isZero();
        // The eight list files, and from the law library the 33 texts of the documents they cite of which it has
        // any: the four secrecy texts and 29 of the national corpus (统计法 and 会计法 in both their versions).
        assertThat(first.out()).contains("data/lists/yulin-secrecy-bureau.txt: 6 powers, 30 duties, 31 cases, 74 citations")
                .contains("data/laws/secrecy-law-2010.md: 53 articles")
                .contains("data/laws/national/经济法/统计法(2009-06-27).md: 50 articles")
                .contains("data/laws/national/经济法/统计法(2024-09-13).md: 53 articles")
                .contains("row 8, column 13").contains("41 loaded, 0 unchanged, 0 failed; written in one transaction");
        Run second = run("load", "--store", store());
        assertThat(second.out()).contains("0 loaded, 8 unchanged, 0 failed; nothing written");
    }

    @Test
    void shouldFailALoadOfABadFileNamingRowAndColumn() throws IOException {
        Path bad = dir.resolve("bad.txt");
        String list = Files.readString(Path.of("data/lists/yulin-secrecy-bureau.txt"));
        Files.writeString(bad, list.substring(0, list.indexOf("第一章第七条：泄密案件查处实行分级办理")));
        Run run = run("load", "--store", store(), bad.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("bad.txt, row 6, column 8").contains("cut off")
                .contains("0 loaded, 0 unchanged, 1 failed");
    }

    @Test
    void shouldLoadAFileWithASlipUnlessStrict() throws IOException {
        Path slip = dir.resolve("slip.txt");
        String list = Files.readString(Path.of("data/lists/yulin-secrecy-bureau.txt"));
        Files.writeString(slip, list.replaceFirst("保守国家秘密法》", "保守国家秘密法"));
        Run strict = run("load", "--store", store(), "--strict", slip.toString());
        assertThat(strict.exit()).isEqualTo(1);
        assertThat(strict.out()).contains("slip.txt: refused by a strict load: 1 slip")
                .contains("slip.txt, row 3, column 7, line 31: 《中华人民共和国保守国家秘密法 has no 》")
                .contains("0 loaded, 0 unchanged, 1 failed; nothing written");
        Run tolerant = run("load", "--store", store(), slip.toString());
        assertThat(tolerant.exit()).isZero();
        assertThat(tolerant.out()).contains("slip.txt: 6 powers, 30 duties, 31 cases, 74 citations")
                .contains("warning: slip.txt, row 3, column 7, line 31: 《中华人民共和国保守国家秘密法 has no 》");
    }

    @Test
    void shouldValidateTheStoreAndDryRunAFile() throws IOException {
        loadBundled();
        Run validate = run("validate", "--store", store());
        assertThat(validate.exit()).isZero();
        assertThat(validate.out()).contains("the store conforms");
        Path copy = dir.resolve("copy.txt");
        Files.copy(Path.of("data/lists/yulin-secrecy-bureau.txt"), copy);
        Run dry = run("validate", "--store", store(), copy.toString());
        assertThat(dry.exit()).isZero();
        assertThat(dry.out()).contains("copy.txt: 6 powers").contains("nothing written");
        Run count = run("query", "--store", store(), "--format", "csv", write("count.rq",
                "SELECT (COUNT(?l) AS ?n) WHERE { ?l a <https://w3id.org/quanze/ontology#PowerList> }"));
        assertThat(count.out()).isEqualToIgnoringNewLines("n\n12");
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "tsv", "json", "table"})
    void shouldPrintQueryResultsInEachFormat(String format) {
        loadBundled();
        Run run = run("query", "--store", store(), "--format", format, write("duties.rq", """
                PREFIX qz: <https://w3id.org/quanze/ontology#>
                SELECT (COUNT(?d) AS ?duties) WHERE { ?d a qz:Duty }"""));
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("duties").contains("959");
        if (format.equals("json")) {
            var results = ResultSetFactory.fromJSON(new java.io.ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)));
            assertThat(results.next().getLiteral("duties").getInt()).isEqualTo(959);
        }
    }

    @Test
    void shouldRunANamedQueryWithABoundParameter() {
        loadBundled();
        Run run = run("query", "powers", "--store", store(), "--format", "csv",
                "--param", "list=https://w3id.org/quanze/id/list/yulin-secrecy-bureau");
        assertThat(run.exit()).isZero();
        assertThat(run.out().lines().skip(1).toList()).hasSize(6);
        Run none = run("query", "powers", "--store", store(), "--format", "csv",
                "--param", "list=https://w3id.org/quanze/id/list/elsewhere");
        assertThat(none.out().lines().skip(1).toList()).isEmpty();
        Run wrong = run("query", "powers", "--store", store(), "--param", "nope=1");
        assertThat(wrong.exit()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(ExportCommand.Format.class)
    void shouldExportTheWholeStoreInEachFormat(ExportCommand.Format format) {
        loadBundled();
        Path out = dir.resolve("export." + format);
        Run run = run("export", "--store", store(), "--format", format.name(), "--output", out.toString());
        assertThat(run.exit()).isZero();
        Lang lang = switch (format) {
            case nquads -> Lang.NQUADS;
            case trig -> Lang.TRIG;
            case turtle -> Lang.TURTLE;
            case jsonld -> Lang.JSONLD;
        };
        DatasetGraph read = DatasetFactory.create().asDatasetGraph();
        RDFDataMgr.read(read, out.toString(), lang);
        long quads = read.stream().count();
        long triples = read.getDefaultGraph().size() + read.getUnionGraph().size();
        assertThat(format == ExportCommand.Format.turtle ? triples : quads).isGreaterThan(10_000);
        if (format != ExportCommand.Format.turtle) {
            // 8 list files and 33 law texts; ontology, derived, health and change log; the correspondences of the
            // four documents with two versions (保守国家秘密法, its 实施条例, 统计法, 会计法); the findings of each
            // list file (graph/health/{file}).
            assertThat(read.listGraphNodes()).toIterable().hasSize(57);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"load", "validate", "export", "query", "serve"})
    void shouldExplainEachCommand(String command) {
        Run run = run(command, "--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Usage: quanze " + command);
    }

    private String write(String name, String text) {
        try {
            Path file = dir.resolve(name);
            Files.writeString(file, text);
            return file.toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
