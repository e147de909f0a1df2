package org.quanze.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quanze.Fixtures;
import org.quanze.ingest.sheet.Built;

/**
 * The same real text, 统计法 as revised in 2024, read from the corpus's Markdown and from the forms the
 * national law database publishes for download: a Word document and plain text, laid out as the
 * database lays them out (the title; the history in one bracket, its events parted by full-width
 * spaces; 目录 and the headings it lists; headings without marks; 第一条　with a full-width space).
 * The downloads are made here from the Markdown, so all three must read to the same articles.
 */
class DownloadFormatsTest {

    private static final String MARKDOWN = "data/laws/national/经济法/统计法(2024-09-13).md";

    /** The Markdown text laid out as the database's download: one string per paragraph. */
    private static List<String> download() {
        String md = new String(Fixtures.bytes(MARKDOWN), StandardCharsets.UTF_8);
        List<String> title = new ArrayList<>();
        List<String> history = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        List<String> body = new ArrayList<>();
        boolean header = true;
        for (String raw : md.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("# ")) {
                title.add(line.substring(2));
            } else if (line.equals("<!-- INFO END -->")) {
                header = false;
            } else if (header) {
                history.add(line.replaceAll("[）)]$", "").replace(" ", ""));
            } else if (line.startsWith("## ")) {
                String heading = line.substring(3).replaceFirst(" ", "\u3000");
                headings.add(heading);
                body.add(heading);
            } else {
                body.add(line.replaceFirst("^(第[一二三四五六七八九十百]+条) ", "$1\u3000"));
            }
        }
        List<String> paragraphs = new ArrayList<>(title);
        paragraphs.add("（" + String.join("\u3000", history) + "）");
        paragraphs.add("目\u3000\u3000录");
        paragraphs.addAll(headings);
        paragraphs.addAll(body);
        return paragraphs;
    }

    private static void assertSameText(LawText read, LawText markdown) {
        assertThat(read.title()).isEqualTo("中华人民共和国统计法");
        assertThat(read.versionDate()).isEqualTo(LocalDate.of(2024, 9, 13));
        assertThat(read.level()).isEqualTo("法律");
        assertThat(read.history()).extracting(HistoryLine::date).containsExactly(LocalDate.of(1983, 12, 8),
                LocalDate.of(1996, 5, 15), LocalDate.of(2009, 6, 27), LocalDate.of(2024, 9, 13));
        assertThat(read.chapters()).extracting(LawChapter::number, LawChapter::title)
                .containsExactlyElementsOf(markdown.chapters().stream()
                        .map(c -> org.assertj.core.groups.Tuple.tuple(c.number(), c.title())).toList());
        assertThat(read.articles()).hasSize(53);
        for (LawArticle a : markdown.articles()) {
            LawArticle same = read.article(a.number()).orElseThrow();
            assertThat(same.text()).as("第%d条", a.number()).isEqualTo(a.text());
            assertThat(same.chapter()).isEqualTo(a.chapter());
            assertThat(same.paragraphs()).hasSameSizeAs(a.paragraphs());
        }
        assertThat(read.warnings()).isEmpty();
    }

    @Test
    void shouldReadTheWordDocumentTheDatabasePublishes() {
        LawText markdown = new LawTextParser().parse("统计法(2024-09-13).md", Fixtures.bytes(MARKDOWN));
        byte[] docx = Built.docx(document -> download().forEach(p -> document.createParagraph().createRun().setText(p)));

        assertThat(LawLines.looksLikeLawText("中华人民共和国统计法.docx", docx)).isTrue();
        LawText read = new LawTextParser().parse("中华人民共和国统计法.docx", docx);

        assertSameText(read, markdown);
        // Items (项) stay items: 第四十一条 lists the offences of a body (一)…(五).
        assertThat(read.article(41).orElseThrow().paragraphs().get(0).items())
                .hasSameSizeAs(markdown.article(41).orElseThrow().paragraphs().get(0).items()).isNotEmpty();
    }

    @Test
    void shouldReadThePlainTextInUtf8AndInGb18030() {
        LawText markdown = new LawTextParser().parse("统计法(2024-09-13).md", Fixtures.bytes(MARKDOWN));
        String text = String.join("\r\n", download()) + "\r\n";
        for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"))) {
            byte[] bytes = text.getBytes(charset);
            assertThat(LawLines.looksLikeLawText("统计法.txt", bytes)).isTrue();
            assertSameText(new LawTextParser().parse("统计法.txt", bytes), markdown);
        }
    }

    @Test
    void shouldTellAListsTextExportFromALawText() {
        assertThat(LawLines.looksLikeLawText("yulin-secrecy-bureau.txt", Fixtures.bytes(Fixtures.YULIN))).isFalse();
        assertThat(LawLines.looksLikeLawText("medical.docx",
                Fixtures.bytes("data/lists/karamay/medical-security-bureau-2024.xls"))).isFalse();
    }
}
