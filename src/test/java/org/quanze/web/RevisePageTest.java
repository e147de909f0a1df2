package org.quanze.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.quanze.Fixtures;
import org.quanze.store.GraphStore;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The 调整建议表 page of the seed list for the 2024 secrecy law and regulation, and its downloads,
 * checked against the graph: one row per citation of the old versions written out, counted by an
 * independent query; the rows needing review as the CSV says; the draft in the list's own format.
 */
class RevisePageTest extends WebTest {

    private static final String PARAMS = "list=yulin-secrecy-bureau&document=" + q("保守国家秘密法:2010:2024")
            + "&document=" + q("保守国家秘密法实施条例:2014:2024");

    @Autowired
    GraphStore store;

    private final HttpClient http = HttpClient.newHttpClient();

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A GET whose answer is kept as bytes (downloads are workbooks and documents). */
    private HttpResponse<byte[]> bytes(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private int oldVersionCitations() {
        return Integer.parseInt(Fixtures.value(store, """
                SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { GRAPH ?g { ?c a qz:Citation ; qz:citesVersion ?v
                  FILTER NOT EXISTS { ?c qz:repeats ?r } }
                  FILTER(STRENDS(STR(?g), "yulin-secrecy-bureau.txt"))
                  FILTER(?v IN (<https://w3id.org/quanze/id/law/保守国家秘密法/2010-04-29>,
                                <https://w3id.org/quanze/id/law/保守国家秘密法实施条例/2014-01-17>)) }"""));
    }

    @Test
    void shouldShowARowForEveryCitationOfTheOldVersionsAndWhichNeedReview() throws Exception {
        HttpResponse<byte[]> page = bytes("/revise?lang=zh&" + PARAMS);
        assertThat(page.statusCode()).isEqualTo(200);
        Document doc = Jsoup.parse(new String(page.body(), StandardCharsets.UTF_8));
        int rows = doc.select("#suggestions tbody tr").size();
        assertThat(rows).isEqualTo(oldVersionCitations()).isGreaterThan(0);
        String csv = new String(bytes("/revise/suggestions.csv?" + PARAMS).body(), StandardCharsets.UTF_8);
        long review = csv.lines().filter(l -> l.contains(",是,")).count();
        assertThat(doc.select("#suggestions tbody tr.needs-review")).hasSize((int) review);
        assertThat(doc.select("#suggestions tbody tr").first().text()).contains("第四章第四十五条").contains("第四章第五十二条第二款")
                .contains("合并");
        assertThat(doc.select("#draft-txt").text()).contains("原格式");
    }

    @Test
    void shouldDownloadTheDraftInTheListsOwnFormatAndTheTableAsAWorkbook() throws Exception {
        HttpResponse<byte[]> draft = bytes("/revise/draft?" + PARAMS);
        assertThat(draft.statusCode()).isEqualTo(200);
        assertThat(draft.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        String text = new String(draft.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("29.玉林市国家保密局权责清单").contains("2024年7月10日国务院令第786号修订）第五章第七十二条");
        HttpResponse<byte[]> xlsx = bytes("/revise/suggestions.xlsx?" + PARAMS);
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(book.getSheet("调整建议表").getLastRowNum()).isEqualTo(oldVersionCitations());
        }
        HttpResponse<byte[]> docx = bytes("/revise/draft?format=docx&" + PARAMS);
        assertThat(docx.headers().firstValue("Content-Disposition").orElse("")).contains("yulin-secrecy-bureau-draft.docx");
    }

    @Test
    void shouldSayWhatIsWrongWithARevisionItCannotDraft() throws Exception {
        HttpResponse<byte[]> page = bytes("/revise?lang=zh&list=yulin-secrecy-bureau&document=" + q("保守国家秘密法:2024:2010"));
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(new String(page.body(), StandardCharsets.UTF_8)).select("#revise-problem").text())
                .contains("not later");
        assertThat(bytes("/revise?list=yulin-secrecy-bureau&document=" + q("保守国家秘密法")).statusCode()).isEqualTo(400);
    }

    @Test
    void shouldLinkTheDraftFromTheImpactReportOfAList() throws Exception {
        HttpResponse<byte[]> page = bytes("/impact?lang=zh&document=" + q("保守国家秘密法") + "&from=2010&to=2024&list="
                + q("https://w3id.org/quanze/id/list/yulin-secrecy-bureau"));
        Document doc = Jsoup.parse(new String(page.body(), StandardCharsets.UTF_8));
        assertThat(doc.select("#revise-link").attr("href")).startsWith("/revise?list=").contains("document=");
    }

    /**
     * A bundled workbook's draft in its own format is the published workbook itself with the changed cells
     * rewritten: its merged cells as published (a workbook written from the graph would have none). The
     * statistics list already cites 统计法 2024, so nothing changes and the cells read as published.
     */
    @Test
    void shouldDraftABundledWorkbookIntoThePublishedWorkbook() throws Exception {
        HttpResponse<byte[]> draft = bytes("/revise/draft?list=statistics-bureau-2025&document=" + q("统计法:2009:2024"));
        assertThat(draft.statusCode()).isEqualTo(200);
        byte[] original = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("data/lists/karamay/statistics-bureau-2025.xlsx"));
        try (Workbook was = WorkbookFactory.create(new ByteArrayInputStream(original));
             Workbook now = WorkbookFactory.create(new ByteArrayInputStream(draft.body()))) {
            assertThat(was.getSheetAt(0).getMergedRegions()).isNotEmpty();
            assertThat(now.getNumberOfSheets()).isEqualTo(was.getNumberOfSheets());
            for (int s = 0; s < was.getNumberOfSheets(); s++) {
                assertThat(now.getSheetAt(s).getMergedRegions()).isEqualTo(was.getSheetAt(s).getMergedRegions());
            }
        }
    }
}
