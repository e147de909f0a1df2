package org.quanze.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.quanze.Fixtures;
import org.quanze.ingest.sheet.Built;
import org.quanze.ingest.sheet.Zips;
import org.quanze.load.FileReport;
import org.quanze.load.LoadListener;
import org.quanze.load.LoadReport;
import org.quanze.load.Source;
import org.quanze.load.SourceKind;
import org.quanze.store.Tdb2Store;

/**
 * The real lists, damaged at random (cut cells, shuffled rows, random bytes, huge cells, deep
 * brackets, wrong encodings, zip bombs, formulas): every load either succeeds or fails with an
 * error that names the file (and row and column when the damage is inside the table), never takes
 * more than its time bound, and never changes the store when it fails. A fixed seed: the same tries
 * on every run, so CI is repeatable.
 */
class HostileListsProperties {

    private static final String NAME = "yulin-secrecy-bureau.txt";
    private static final String LIST = new String(Fixtures.bytes(Fixtures.YULIN), StandardCharsets.UTF_8);
    private static final Duration BOUND = Duration.ofSeconds(30);
    private static Tdb2Store store;

    @BeforeContainer
    static void load() {
        store = Fixtures.loadedStore();
    }

    @AfterContainer
    static void close() {
        store.close();
    }

    /** A damaged file: its name and bytes, and what was done to it (shown when a try fails). */
    record Damaged(String what, String name, byte[] bytes) {
        @Override
        public String toString() {
            return what + " (" + bytes.length + " bytes as " + name + ")";
        }
    }

    @Property(tries = 60, seed = "20261129")
    void everyLoadSucceedsOrFailsWhereTheDamageIsWithoutChangingTheStore(@ForAll("damagedLists") Damaged file) {
        Statistics.collect(file.what().replaceAll("^\\d+ ", ""));
        Map<String, String> hashesBefore = store.sourceHashes();
        long sizeBefore = store.size();
        LoadReport report = assertTimeoutPreemptively(BOUND, () -> Fixtures.loader(store).load(
                List.of(new Source("hostile/" + file.name(), file.name(), SourceKind.of(file.name()).orElse(SourceKind.LIST),
                        file.bytes())), LoadListener.NONE));
        FileReport outcome = report.files().get(0);
        if (outcome.status() == FileReport.Status.FAILED || report.refusal() != null) {
            assertThat(outcome.error() != null ? outcome.error() : report.refusal()).as(file.toString())
                    .contains(file.name());
            assertThat(store.sourceHashes()).as("hashes after a failed load of %s", file).isEqualTo(hashesBefore);
            assertThat(store.size()).as("size after a failed load of %s", file).isEqualTo(sizeBefore);
        } else {
            assertThat(outcome.status()).isIn(FileReport.Status.LOADED, FileReport.Status.UNCHANGED);
            assertThat(store.validate()).as("the store conforms after loading %s", file).isEmpty();
        }
    }

    @Provide
    Arbitrary<Damaged> damagedLists() {
        Arbitrary<Long> seeds = Arbitraries.longs();
        return Arbitraries.oneOf(
                seeds.map(s -> text("cut at a random byte", cut(s))),
                seeds.map(s -> text("cells removed", removeCells(s))),
                seeds.map(s -> text("rows shuffled", shuffleRows(s))),
                seeds.map(s -> new Damaged("random bytes inserted", NAME, insertRandomBytes(s))),
                Arbitraries.integers().between(1, 4).map(mb -> text(mb + " MB cell", hugeCell(mb))),
                Arbitraries.integers().between(100, 20_000).map(n -> text(n + " nested brackets", nested(n))),
                Arbitraries.of("GBK", "UTF-16", "UTF-16LE", "Big5").map(cs -> new Damaged("saved as " + cs, NAME,
                        LIST.getBytes(Charset.forName(cs)))),
                Arbitraries.integers().between(64, 512).map(mb -> new Damaged(mb + " MB zip bomb", "hostile-list.xlsx",
                        Zips.bomb(mb))),
                seeds.map(s -> new Damaged("random bytes", "hostile-list.xlsx", randomBytes(s))),
                Arbitraries.just(new Damaged("formula cells", "formulas-list.xlsx", formulas())));
    }

    private static Damaged text(String what, String text) {
        return new Damaged(what, NAME, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String cut(long seed) {
        return LIST.substring(0, new Random(seed).nextInt(LIST.length()));
    }

    private static List<String> cells() {
        return new ArrayList<>(Arrays.asList(LIST.split("(?=\n\t)")));
    }

    private static String removeCells(long seed) {
        Random random = new Random(seed);
        List<String> cells = cells();
        for (int n = 1 + random.nextInt(5); n > 0 && cells.size() > 2; n--) {
            cells.remove(1 + random.nextInt(cells.size() - 1));
        }
        return String.join("", cells);
    }

    private static String shuffleRows(long seed) {
        String[] rows = LIST.split("\n\n(?=\t)");
        List<String> body = new ArrayList<>(Arrays.asList(rows).subList(1, rows.length));
        Collections.shuffle(body, new Random(seed));
        return rows[0] + "\n\n" + String.join("\n\n", body);
    }

    private static byte[] insertRandomBytes(long seed) {
        Random random = new Random(seed);
        byte[] bytes = LIST.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 1 + random.nextInt(8); i++) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    private static String hugeCell(int megabytes) {
        return LIST.replace("\t对保密工作的监督检查\n", "\t" + "监督检查".repeat(megabytes * 1024 * 1024 / 12) + "\n");
    }

    private static String nested(int depth) {
        return LIST.replace("第四章第四十五条：", "第四章第四十五条：" + "《（【".repeat(depth));
    }

    private static byte[] randomBytes(long seed) {
        byte[] bytes = new byte[1 + new Random(seed).nextInt(100_000)];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    /** A workbook whose cells are formulas (and a formula that would be an external link): read as cached values, never run. */
    private static byte[] formulas() {
        return Built.xlsx(workbook -> {
            Sheet sheet = workbook.createSheet("清单");
            Built.rows(sheet, 1, new String[] {"序号", "项目名称", "实施主体", "实施依据", "责任事项", "追责情形"});
            Row row = sheet.createRow(1);
            row.createCell(0).setCellFormula("1+0");
            row.createCell(1).setCellFormula("\"对保密工作的\"&\"监督检查\"");
            row.createCell(2).setCellValue("玉林市国家保密局");
            row.createCell(3).setCellFormula("HYPERLINK(\"http://example.org\",\"x\")");
            row.createCell(4).setCellValue("1.检查责任（保密技术检查科）：检查。");
            row.createCell(5).setCellValue("1.违法检查的。（驻市委办公室纪检监察组）");
        });
    }
}
