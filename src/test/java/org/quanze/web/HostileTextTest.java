package org.quanze.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.quanze.ServerOnFreshStore;
import org.quanze.load.LoadListener;
import org.quanze.load.LoadReport;
import org.quanze.load.Loader;
import org.quanze.load.Source;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A list whose cells hold markup and script, and queries that do: every page shows them as text,
 * in the raw HTML (escaped) and in a real browser (no script runs).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "quanze.load-bundled-data=false")
class HostileTextTest extends ServerOnFreshStore {

    private static final String SCRIPT = "<script>window.xss=1</script>";
    private static final String IMG = "<img src=x onerror=\"window.xss=2\">";

    @Autowired
    Loader loader;

    @RegisterExtension
    static final Browser browser = Browser.perClass();

    private synchronized void loadHostileList() throws Exception {
        Path file = dir.resolve("hostile-list.txt");
        if (Files.exists(file)) {
            return;
        }
        String list = Files.readString(Path.of("data/lists/yulin-secrecy-bureau.txt"));
        list = list.replace("\t对非法获取、持有国家秘密载体的行政强制\n", "\t" + SCRIPT + "对非法获取、持有国家秘密载体的行政强制\n")
                .replace("3.收缴责任（保密技术检查科）：对非法获取、持有的国家秘密载体予以收缴。",
                        "3.收缴责任（保密技术检查科）：" + IMG + "对非法获取、持有的国家秘密载体予以收缴。");
        Files.writeString(file, list);
        LoadReport report = loader.load(Source.fromPaths(java.util.stream.Stream.concat(org.quanze.Fixtures.SECRECY_TEXTS.stream(), java.util.stream.Stream.of(file)).toList()), LoadListener.NONE);
        assertThat(report.hasFailures()).as(report.toString()).isFalse();
    }

    private String get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void shouldEscapeMarkupFromTheListInTheHtml() throws Exception {
        loadHostileList();
        String html = get("/id/list/hostile-list/power/1");
        assertThat(html).doesNotContain(SCRIPT).doesNotContain(IMG);
        assertThat(html).contains("&lt;script&gt;window.xss=1&lt;/script&gt;");
        assertThat(Jsoup.parse(html).select("h1").text()).contains(SCRIPT);
        String jsonLd = Jsoup.parse(html).select("script[type=application/ld+json]").first().data();
        assertThat(jsonLd).doesNotContain("</script").contains("<\\/script>");
    }

    @Test
    void shouldRunNoScriptFromTheListInABrowser() throws Exception {
        loadHostileList();
        for (String path : List.of("/id/list/hostile-list/power/1", "/powers", "/search?q=%E6%94%B6%E7%BC%B4",
                "/id/list/hostile-list", "/graph?iri=https://w3id.org/quanze/id/list/hostile-list/power/1")) {
            ChromeDriver d = browser.driver();
            d.get("http://localhost:" + port + path);
            assertThat(d.executeScript("return window.xss === undefined")).as(path).isEqualTo(true);
            assertThat(d.findElements(By.cssSelector("main img[src=x]"))).as(path).isEmpty();
        }
        assertThat(browser.driver().findElement(By.id("graph-nodes")).getText()).contains(SCRIPT);
    }

    @Test
    void shouldKeepSparqlTypedIntoTheSearchBoxFromChangingTheQuery() throws Exception {
        loadHostileList();
        for (String injection : List.of("收缴\" 3000) } UNION { ?hit ?p ?literal } #",
                "x\") . ?hit ?score ?literal } LIMIT 1 } SELECT * WHERE { ?s ?p ?o",
                "*:* OR text:收缴", "\\\"'\n}")) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/search?q="
                    + URLEncoder.encode(injection, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(injection).isEqualTo(200);
            var page = Jsoup.parse(r.body());
            assertThat(page.select(".result").size()).as(injection).isLessThan(200);
            assertThat(page.select("#q").attr("value")).isEqualTo(injection);
        }
    }

    @Test
    void shouldShowSearchAndQueryInputAsText() throws Exception {
        String hostile = "\"></textarea><script>window.xss=3</script>";
        String search = get("/search?q=" + URLEncoder.encode(hostile, StandardCharsets.UTF_8));
        assertThat(search).doesNotContain("<script>window.xss=3");
        String query = get("/query?q=" + URLEncoder.encode(hostile, StandardCharsets.UTF_8));
        assertThat(query).doesNotContain("<script>window.xss=3");
        assertThat(Jsoup.parse(query).select("#sparql").text()).isEqualTo(hostile);
        ChromeDriver d = browser.driver();
        d.get("http://localhost:" + port + "/search?q=" + URLEncoder.encode(hostile, StandardCharsets.UTF_8));
        assertThat(d.executeScript("return window.xss === undefined")).isEqualTo(true);
        assertThat(d.findElement(By.id("q")).getAttribute("value")).isEqualTo(hostile);
    }
}
