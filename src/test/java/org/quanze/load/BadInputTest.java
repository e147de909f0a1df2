package org.quanze.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quanze.Fixtures;
import org.quanze.ingest.Finding;
import org.quanze.ingest.WarningKind;
import org.quanze.store.Tdb2Store;

/**
 * Good data is loaded, then a damaged copy of the list under the same name: the damage is reported
 * with its file, row and column, and the store is exactly as it was.
 */
class BadInputTest {

    private static final String NAME = "yulin-secrecy-bureau.txt";
    private static final String LIST = new String(Fixtures.bytes(Fixtures.YULIN), StandardCharsets.UTF_8);

    @TempDir
    Path dir;
    private Tdb2Store store;
    private List<String> before;

    @BeforeEach
    void loadGoodData() {
        store = Fixtures.loadedStore();
        before = quads();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<String> quads() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(out, Lang.NQUADS);
        return Arrays.stream(out.toString(StandardCharsets.UTF_8).split("\n")).sorted().toList();
    }

    private FileReport load(byte[] bytes) throws IOException {
        Path file = dir.resolve(NAME);
        Files.write(file, bytes);
        LoadReport report = Fixtures.loader(store).load(Source.fromPaths(List.of(file)), LoadListener.NONE);
        assertThat(report.files()).hasSize(1);
        return report.files().get(0);
    }

    private void assertFailedAt(FileReport report, int row, int column, String words) {
        assertThat(report.status()).isEqualTo(FileReport.Status.FAILED);
        assertThat(report.error()).contains(NAME + ", row " + row + ", column " + column).contains(words);
        assertThat(quads()).as("the store after a failed load").isEqualTo(before);
    }

    @Test
    void shouldLocateAFileCutOffInTheMiddleOfARow() throws IOException {
        int cut = LIST.indexOf("第一章第七条：泄密案件查处实行分级办理");
        FileReport report = load(LIST.substring(0, cut).getBytes(StandardCharsets.UTF_8));
        assertFailedAt(report, 6, 8, "cut off");
    }

    @Test
    void shouldLocateARowCutShortBeforeItsDutyCells() throws IOException {
        int from = LIST.indexOf("\t1.告知责任（保密技术检查科）");
        int to = LIST.indexOf("\n\n\t4\n\t行政检查");
        String damaged = LIST.substring(0, from - 1) + LIST.substring(to);
        assertFailedAt(load(damaged.getBytes(StandardCharsets.UTF_8)), 5, 8, "责任事项");
    }

    /** A slip damages its cell only: the list loads, the title is read to its history note, the slip is a located finding. */
    @Test
    void shouldReadPastATitleWhoseOpeningBracketIsNeverClosedAndKeepTheSlip() throws IOException {
        String damaged = LIST.replaceFirst("保守国家秘密法》", "保守国家秘密法");
        FileReport report = load(damaged.getBytes(StandardCharsets.UTF_8));
        assertThat(report.status()).isEqualTo(FileReport.Status.LOADED);
        assertThat(report.counts().citations()).isEqualTo(74);
        assertThat(report.warnings()).filteredOn(w -> w.kind() == WarningKind.UNCLOSED_TITLE).singleElement()
                .satisfies(w -> assertThat(w.toString()).contains(NAME + ", row 3, column 7, line 31").contains("has no 》"));
        assertThat(Fixtures.select(store, """
                SELECT ?row ?column ?line ?text WHERE { ?f a qz:ReadingFinding ; qz:findingKind qz:UnclosedTitle ;
                  qz:atRow ?row ; qz:atColumn ?column ; qz:line ?line ; prov:wasDerivedFrom/qz:cellText ?text }"""))
                .singleElement().satisfies(row -> {
                    assertThat(List.of(row.get("row"), row.get("column"), row.get("line"))).containsExactly("3", "7", "31");
                    assertThat(row.get("text")).contains("《中华人民共和国保守国家秘密法（1988年9月5日");
                });
        assertThat(Fixtures.value(store, "SELECT (COUNT(?c) AS ?n) WHERE { ?c qz:citedTitle \"中华人民共和国保守国家秘密法\" ; "
                + "qz:historyNote ?h FILTER(STRSTARTS(?h, \"1988年9月5日\")) }")).isNotEqualTo("0");
    }

    @Test
    void shouldRefuseASlipWhenStrictAndLeaveTheStoreAsItWas() throws IOException {
        Path file = dir.resolve(NAME);
        Files.write(file, LIST.replaceFirst("保守国家秘密法》", "保守国家秘密法").getBytes(StandardCharsets.UTF_8));
        LoadReport report = Fixtures.loader(store).load(Source.fromPaths(List.of(file)), LoadListener.NONE,
                LoadOptions.DEFAULT.strict(true));
        FileReport refused = report.files().get(0);
        assertThat(refused.status()).isEqualTo(FileReport.Status.FAILED);
        assertThat(refused.error()).startsWith(NAME + ": refused by a strict load: 1 slip")
                .contains(NAME + ", row 3, column 7, line 31: 《中华人民共和国保守国家秘密法 has no 》");
        assertThat(quads()).as("the store after a strict load refused the file").isEqualTo(before);
    }

    /** A number too long for any 序号 or article (no int holds it) is text of its cell, never a crash of the load. */
    @Test
    void shouldReadANumberTooLongForAnyArticleAsTextOfItsCell() throws IOException {
        String damaged = LIST.replaceFirst("\n\t1\n", "\n\t12345678901\n")
                .replaceFirst("第四章第四十五条：", "第四章第99999999999条：");
        FileReport report = load(damaged.getBytes(StandardCharsets.UTF_8));
        assertThat(report.status()).isEqualTo(FileReport.Status.LOADED);
        assertThat(report.counts().powers()).isEqualTo(6);
        assertThat(report.warnings()).extracting(Finding::toString)
                .anySatisfy(w -> assertThat(w).contains(NAME + ", row 3, column 1").contains("\"12345678901\" is not a number"));
        assertThat(store.validate()).isEmpty();
    }

    @Test
    void shouldRefuseAListThatIsNotUtf8() throws IOException {
        assertFailedAt(load(LIST.getBytes(Charset.forName("GBK"))), 1, 1, "not UTF-8");
    }

    @Test
    void shouldRefuseAnEmptyFile() throws IOException {
        assertFailedAt(load(new byte[0]), 1, 1, "empty");
    }

    @Test
    void shouldReportTheFilesInTheOrderTheyWereGiven() throws IOException {
        // A file that fails is reported as it is read, one that loads once its graph is built: the report lists them
        // as given all the same.
        Path changed = dir.resolve("a-changed-list.txt");
        Files.writeString(changed, LIST.replace("对保密工作的监督检查", "对保密工作的监督和检查"));
        Path empty = dir.resolve("b-empty-list.txt");
        Files.write(empty, new byte[0]);
        LoadReport report = Fixtures.loader(store).check(Source.fromPaths(List.of(changed, empty)), LoadListener.NONE);
        // (the law library's texts the load adds come after them)
        assertThat(report.files()).extracting(FileReport::file, FileReport::status).startsWith(
                tuple(changed.toString(), FileReport.Status.LOADED),
                tuple(empty.toString(), FileReport.Status.FAILED));
    }

    @Test
    void shouldKeepAnUnknownLevelTagVerbatimAndWarn() throws IOException {
        String unusual = LIST.replace("【部门规章】《泄密案件查处办法》（2017年12月29日国家保密局令第2号公布）第一章第七条",
                "【党内法规】《泄密案件查处办法》（2017年12月29日国家保密局令第2号公布）第一章第七条");
        FileReport report = load(unusual.getBytes(StandardCharsets.UTF_8));
        assertThat(report.status()).isEqualTo(FileReport.Status.LOADED);
        assertThat(report.warnings()).extracting(Finding::toString)
                .anySatisfy(w -> assertThat(w).contains(NAME + ", row 6, column 7").contains("【党内法规】"))
                .anySatisfy(w -> assertThat(w).contains("row 8, column 13").contains("备注"));
        assertThat(Fixtures.select(store, """
                SELECT ?level WHERE { ?c qz:levelTag "党内法规" . OPTIONAL { ?c qz:citedLevel ?level } }"""))
                .hasSize(1).allSatisfy(row -> assertThat(row.get("level")).isNull());
    }

    @Test
    void shouldChangeNothingWhenTheSameFilesAreLoadedAgain() {
        LoadReport again = Fixtures.loader(store).load(Fixtures.yulinAndLaws(), LoadListener.NONE);
        assertThat(again.written()).isFalse();
        assertThat(again.files()).allSatisfy(f -> assertThat(f.status()).isEqualTo(FileReport.Status.UNCHANGED));
        assertThat(quads()).isEqualTo(before);
    }

    @Test
    void shouldReplaceAListWholeWhenItChanges() throws IOException {
        String renamed = LIST.replace("对保密工作的监督检查", "对保密工作的监督和检查");
        FileReport report = load(renamed.getBytes(StandardCharsets.UTF_8));
        assertThat(report.status()).isEqualTo(FileReport.Status.LOADED);
        assertThat(Fixtures.select(store, "SELECT ?n WHERE { ?p a qz:Power ; qz:name ?n FILTER(CONTAINS(?n, \"监督\")) }"))
                .extracting(r -> r.get("n")).containsExactly("对保密工作的监督和检查");
        assertThat(Fixtures.value(store, "SELECT (COUNT(?p) AS ?n) WHERE { ?p a qz:Power }")).isEqualTo("6");
    }
}
