package org.quanze.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quanze revise} as the issue writes it: two documents revised at once, the draft and the 调整建议表 written. */
class ReviseCommandTest {

    @TempDir
    Path dir;

    @Test
    void shouldWriteTheDraftAndTheSuggestionTableForTwoDocumentsAtOnce() throws Exception {
        String store = dir.resolve("store").toString();
        CliTest.Run load = CliTest.run("load", "--store", store, "data/laws/secrecy-law-2010.md", "data/laws/secrecy-law-2024.md",
                "data/laws/secrecy-regulation-2014.md", "data/laws/secrecy-regulation-2024.md",
                "data/lists/yulin-secrecy-bureau.txt");
        assertThat(load.exit()).as(load.out()).isZero();
        Path draft = dir.resolve("draft.txt");
        Path table = dir.resolve("调整建议表.xlsx");
        CliTest.Run revise = CliTest.run("revise", "--store", store, "--list", "yulin-secrecy-bureau", "--document", "保守国家秘密法",
                "--from", "2010", "--to", "2024", "--document", "保守国家秘密法实施条例", "--from", "2014", "--to", "2024",
                "--output", draft.toString(), "--suggestions", table.toString());
        assertThat(revise.exit()).as(revise.out()).isZero();
        assertThat(revise.out()).containsPattern("yulin-secrecy-bureau.txt: (\\d+) citations of the old versions, \\1 rewritten "
                + "in \\d+ cells, \\d+ need review");
        String text = Files.readString(draft);
        assertThat(text).contains("（2014年1月17日国务院令第646号公布，2024年7月10日国务院令第786号修订）第五章第七十二条")
                .doesNotContain("第五章第四十四条：");
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(Files.readAllBytes(table)))) {
            assertThat(book.getSheet("调整建议表").getRow(0).getCell(13).getStringCellValue()).isEqualTo("需审核");
            assertThat(book.getSheet("调整建议表").getLastRowNum()).isGreaterThan(10);
        }
    }

    @Test
    void shouldRefuseARevisionWithoutItsNewVersion() {
        CliTest.Run run = CliTest.run("revise", "--store", dir.resolve("store").toString(), "--list", "yulin-secrecy-bureau",
                "--document", "保守国家秘密法", "--from", "2010", "--output", dir.resolve("d.txt").toString());
        assertThat(run.exit()).isEqualTo(2);
    }
}
