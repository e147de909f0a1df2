package org.quanze.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quanze.Fixtures;
import org.quanze.store.Tdb2Store;

/** A new edition of one list, under the same file name, replaces that list and leaves the others as they were. */
class ReloadListTest {

    private static final String FILE = "statistics-bureau-2025.xlsx";

    @TempDir
    Path dir;
    private Tdb2Store store;

    @BeforeEach
    void loadAllLists() {
        store = Fixtures.emptyStore();
        LoadReport report = Fixtures.loader(store).load(Source.bundled(), LoadListener.NONE);
        assertThat(report.hasFailures()).isFalse();
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** The quads of every graph but the file's own and the derived graph (recomputed by every load). */
    private List<String> otherQuads() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(out, Lang.NQUADS);
        String own = "<" + Fixtures.IRIS.graph(FILE) + ">";
        String derived = "<" + Fixtures.IRIS.derivedGraph() + ">";
        return Arrays.stream(out.toString(StandardCharsets.UTF_8).split("\n"))
                .filter(q -> !q.contains(own) && !q.contains(derived)).sorted().toList();
    }

    @Test
    void shouldReplaceOnlyTheListOfTheSameFileName() throws IOException {
        List<String> before = otherQuads();
        Path edition = dir.resolve(FILE);
        Files.write(edition, renamed(Files.readAllBytes(Path.of("data", "lists", "karamay", FILE))));

        LoadReport report = Fixtures.loader(store).load(Source.fromPaths(List.of(edition)), LoadListener.NONE);

        assertThat(report.files()).singleElement().satisfies(f -> assertThat(f.status()).isEqualTo(FileReport.Status.LOADED));
        assertThat(otherQuads()).isEqualTo(before);
        assertThat(Fixtures.select(store, "SELECT ?n WHERE { GRAPH <" + Fixtures.IRIS.graph(FILE) + "> { ?p a qz:Power ; "
                + "qz:number 3 ; qz:name ?n } }")).extracting(r -> r.get("n")).containsExactly("对统计违法行为的检查（新版）");
        assertThat(Fixtures.value(store, "SELECT (COUNT(?p) AS ?n) WHERE { ?p a qz:Power }")).isEqualTo("171");
        assertThat(store.validate()).isEmpty();
    }

    @Test
    void shouldRefuseAListWhoseNameDiffersOnlyInItsExtension() throws IOException {
        Path other = dir.resolve("statistics-bureau-2025.xls");
        Files.copy(Path.of("data", "lists", "karamay", FILE), other);
        LoadReport report = Fixtures.loader(store).load(Source.fromPaths(List.of(other)), LoadListener.NONE);
        assertThat(report.files()).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(FileReport.Status.FAILED);
            assertThat(f.error()).contains("is read from statistics-bureau-2025.xlsx already");
        });
    }

    /** The same workbook with the name of power 3 (cell B7) changed. */
    private static byte[] renamed(byte[] bytes) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.getSheetAt(0).getRow(6).getCell(1).setCellValue("对统计违法行为的检查（新版）");
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
