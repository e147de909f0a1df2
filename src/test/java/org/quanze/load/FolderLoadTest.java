package org.quanze.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quanze.Fixtures;
import org.quanze.ingest.sheet.Built;
import org.quanze.store.Tdb2Store;

/**
 * A folder of lists in every published form, each told by its content: a Word document's table, a
 * CSV file holding two lists, a workbook saved under a Word name, and a damaged workbook, which is
 * reported with its file and left out while the others load.
 */
class FolderLoadTest {

    @TempDir
    Path dir;
    private Tdb2Store store;

    @BeforeEach
    void open() {
        store = Fixtures.emptyStore();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void shouldLoadEveryListOfAFolderAndLeaveOutTheOneThatCannotBeRead() throws IOException {
        Files.write(dir.resolve("word-list.docx"), wordList());
        try (InputStream csv = getClass().getResourceAsStream("/testing/sheet/two-lists.csv")) {
            Files.write(dir.resolve("two-lists.csv"), csv.readAllBytes());
        }
        Files.copy(Path.of("data/lists/karamay/medical-security-bureau-2024.xls"), dir.resolve("medical.docx"));
        Files.write(dir.resolve("damaged.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0, 0});
        Files.writeString(dir.resolve("notes.md~"), "not a list");

        LoadReport report = Fixtures.loader(store).load(Source.fromPaths(List.of(dir)), LoadListener.NONE);

        Map<String, FileReport> files = report.files().stream().filter(f -> f.kind().equals("list"))
                .collect(Collectors.toMap(f -> Path.of(f.file()).getFileName().toString(), Function.identity()));
        assertThat(files).containsOnlyKeys("word-list.docx", "two-lists.csv", "medical.docx", "damaged.xlsx");
        // The law library comes with the lists: both versions of the 统计法 the Word list cites, among others.
        assertThat(report.files()).filteredOn(f -> f.kind().equals("law text")).extracting(FileReport::file)
                .contains("data/laws/national/经济法/统计法(2009-06-27).md", "data/laws/national/经济法/统计法(2024-09-13).md")
                .allMatch(f -> f.startsWith("data/laws/"));
        assertThat(files.get("damaged.xlsx").status()).isEqualTo(FileReport.Status.FAILED);
        assertThat(files.get("damaged.xlsx").error()).startsWith("damaged.xlsx: ");
        assertThat(files.get("word-list.docx").counts().powers()).isEqualTo(1);
        // 甲 1 with its unnumbered second row (续行的子项: an entry of its own, power 1-2), 乙 2; 丙 1 in the second list.
        assertThat(files.get("two-lists.csv").counts().powers()).isEqualTo(4);
        assertThat(files.get("medical.docx").counts().powers()).isEqualTo(17);
        assertThat(report.written()).isTrue();
        assertThat(store.validate()).isEmpty();
        assertThat(Fixtures.select(store, "SELECT ?l WHERE { ?l a qz:PowerList } ORDER BY ?l"))
                .extracting(r -> r.get("l").substring(Fixtures.IRIS.list("").length()))
                .containsExactly("medical", "two-lists-1", "two-lists-2", "word-list");
    }

    @Test
    void shouldNameTheSheetRowAndColumnOfWhatCannotBeRead() throws IOException {
        Path file = dir.resolve("broken.xlsx");
        Files.write(file, Built.xlsx(workbook -> Built.rows(workbook.createSheet("许可"), 1,
                new String[] {"某局权责清单"},
                new String[] {"序号", "事项名称", "实施依据", "备注"},
                new String[] {"1", "对甲的许可", "【法律】《中华人民共和国行政许可法》第三十条：……", ""})));

        FileReport report = Fixtures.loader(store).load(Source.fromPaths(List.of(file)), LoadListener.NONE).files().get(0);

        assertThat(report.status()).isEqualTo(FileReport.Status.FAILED);
        assertThat(report.error()).startsWith("broken.xlsx, sheet \"许可\", row 2, column 1: the header has no column for");
    }

    @Test
    void shouldNameTheSheetRowAndColumnOfASlipAndLoadTheRest() throws IOException {
        Path file = dir.resolve("slip.xlsx");
        Files.write(file, Built.xlsx(workbook -> Built.rows(workbook.createSheet("许可"), 1,
                new String[] {"某局权责清单"},
                new String[] {"序号", "事项名称", "实施依据", "责任事项"},
                new String[] {"1", "对甲的许可", "【法律】《中华人民共和国行政许可法第三十条：……", "1.受理责任"})));

        FileReport report = Fixtures.loader(store).load(Source.fromPaths(List.of(file)), LoadListener.NONE).files().get(0);

        assertThat(report.status()).isEqualTo(FileReport.Status.LOADED);
        assertThat(report.counts().citations()).isEqualTo(1);
        assertThat(report.warnings()).extracting(Object::toString).anySatisfy(w -> assertThat(w)
                .startsWith("slip.xlsx, sheet \"许可\", row 3, column 3: 《中华人民共和国行政许可法 has no 》"));
    }

    /**
     * The national library's folders as a user loads them: the same law filed under two categories
     * (once byte for byte, once with other headings) is one version, read from the first file and
     * left out of the second; an amendment numbered 一、二、 has no article and is left out, not failed;
     * only a file of the same name holding another document fails. Loaded again, nothing changes.
     */
    @Test
    void shouldLeaveOutTheSameLawFiledTwiceAndTheTextWithoutArticles() throws IOException {
        Path laws = Path.of("data/laws/national");
        for (String f : List.of("宪法相关法/居民身份证法(2011-10-29).md", "行政法/居民身份证法(2011-10-29).md",
                "经济法/广告法(2021-04-29).md", "行政法/广告法(2021-04-29).md", "刑法/刑法修正案（七）.md")) {
            Files.createDirectories(dir.resolve(f).getParent());
            Files.copy(laws.resolve(f), dir.resolve(f));
        }
        Files.createDirectories(dir.resolve("另存"));
        Files.writeString(dir.resolve("另存/广告法(2021-04-29).md"), Files.readString(laws.resolve("行政法/广告法(2021-04-29).md"))
                .replaceFirst("# 中华人民共和国广告法", "# 中华人民共和国某某法"));
        String advertising = Fixtures.IRIS.graph("广告法(2021-04-29).md");
        String sha = "SELECT ?sha WHERE { GRAPH <" + advertising + "> { ?s qz:sha256 ?sha } }";

        Map<String, FileReport> first = byFile(Fixtures.loader(store).load(Source.fromPaths(List.of(dir)), LoadListener.NONE));
        List<Map<String, String>> shaAfterFirst = Fixtures.select(store, sha);
        Map<String, FileReport> again = byFile(Fixtures.loader(store).load(Source.fromPaths(List.of(dir)), LoadListener.NONE));

        // Folders sort by code point: 另存 < 宪法相关法 < 经济法 < 行政法.
        assertThat(first.get("另存/广告法(2021-04-29).md").status()).isEqualTo(FileReport.Status.LOADED);
        assertThat(first.get("经济法/广告法(2021-04-29).md").status()).isEqualTo(FileReport.Status.FAILED);
        assertThat(first.get("经济法/广告法(2021-04-29).md").error())
                .isEqualTo("广告法(2021-04-29).md: " + dir.resolve("另存/广告法(2021-04-29).md")
                        + " of this load has the same name: each source file is one named graph, named after the file");
        assertThat(first.get("宪法相关法/居民身份证法(2011-10-29).md").status()).isEqualTo(FileReport.Status.LOADED);
        assertThat(first.get("行政法/居民身份证法(2011-10-29).md").status()).isEqualTo(FileReport.Status.SKIPPED);
        assertThat(first.get("行政法/居民身份证法(2011-10-29).md").error()).startsWith("the same version (《中华人民共和国居民身份证法》 2011-10-29) as ")
                .endsWith("宪法相关法/居民身份证法(2011-10-29).md, read first: left out");
        assertThat(first.get("行政法/广告法(2021-04-29).md").status()).isEqualTo(FileReport.Status.FAILED);
        assertThat(first.get("刑法/刑法修正案（七）.md").status()).isEqualTo(FileReport.Status.SKIPPED);
        assertThat(first.get("刑法/刑法修正案（七）.md").error())
                .contains("no article (第一条 …) after the header: its text cannot back a citation of an article, left out");
        assertThat(again.values()).extracting(FileReport::status).doesNotContain(FileReport.Status.LOADED);
        assertThat(Fixtures.select(store, sha)).isEqualTo(shaAfterFirst).hasSize(1);
        assertThat(store.validate()).isEmpty();
    }

    private Map<String, FileReport> byFile(LoadReport report) {
        return report.files().stream().filter(f -> f.file().startsWith(dir.toString()))
                .collect(Collectors.toMap(f -> dir.relativize(Path.of(f.file())).toString(), Function.identity()));
    }

    /** A Word document whose list is a table under its title paragraph. */
    private static byte[] wordList() {
        return Built.docx(document -> {
            document.createParagraph().createRun().setText("克拉玛依市某局2025年权责清单");
            XWPFTable table = document.createTable(2, 4);
            String[][] rows = {{"序号", "事项名称", "实施依据", "责任事项"},
                    {"1", "对甲的检查", "【法律】《中华人民共和国统计法》第三十六条：县级以上统计机构查处统计违法行为。", "1.检查责任（法规科）"}};
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    table.getRow(r).getCell(c).setText(rows[r][c]);
                }
            }
        });
    }
}
