package org.quanze.impact.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.quanze.Fixtures;
import org.quanze.load.LoadListener;
import org.quanze.load.LoadReport;
import org.quanze.load.Source;
import org.quanze.store.Tdb2Store;
import org.quanze.web.WebTestStore;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The impact report over more citations than a page shows, served from a store of its own: the
 * Yulin list and eleven copies under other file names (twelve lists of 10 citations of the 2010
 * Secrets Law, all titled alike, so in the order of their IRIs). A page shows whole lists until
 * about 100 citations — ten lists, then two — and every page counts all 120; the pages are links,
 * followed here in a real Chromium.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "quanze.load-bundled-data=false")
class ImpactPagedBrowserTest {

    private static final Path FOLDER = WebTestStore.folder("quanze-impact-paged-store");
    private static final String LAW = "/impact?document=" + URLEncoder.encode("保守国家秘密法", StandardCharsets.UTF_8)
            + "&from=2010&to=2024";

    @RegisterExtension
    static final Chromium.PerClass CHROMIUM = new Chromium.PerClass();

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    /** The store the server opens, written before it starts: the laws, the Yulin list and its copies. */
    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException {
        List<Path> sources = new ArrayList<>(Fixtures.yulinAndLaws().stream().map(s -> Path.of(s.origin())).toList());
        for (int i = 1; i <= 11; i++) {
            Path copy = FOLDER.resolve("yulin-copy-" + i + ".txt");
            Files.copy(Path.of("data/lists/yulin-secrecy-bureau.txt"), copy);
            sources.add(copy);
        }
        try (Tdb2Store store = Fixtures.ASSEMBLY.openEmbedded(FOLDER.resolve("store"))) {
            LoadReport loaded = Fixtures.loader(store).load(Source.fromPaths(sources), LoadListener.NONE);
            if (loaded.hasFailures()) {
                throw new IllegalStateException("the lists did not load: " + loaded);
            }
        }
        WebTestStore.register(registry, FOLDER);
    }

    private Document page(String pathAndQuery) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(r.statusCode()).as(pathAndQuery).isEqualTo(200);
            return Jsoup.parse(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void shouldShowFiveListsOnTheFirstPageAndCountAllTwelve() {
        Document first = page(LAW);

        assertThat(first.select("#by-power .impact-row")).hasSize(50);
        assertThat(first.select("#by-power-partial").text()).isEqualTo(
                "第 1 页，共 3 页：下面列出 5 个清单的 50 处引用（共 120 处）；每个清单的引用也见上表各自的报告，全部引用可下载 CSV 或 JSON。");
        // The table by list goes with the page: the five lists shown below, each with all its counts, and the twelve said.
        assertThat(tableLists(first)).containsExactlyInAnyOrderElementsOf(powerLists(first));
        assertThat(first.select("#by-list-partial").text())
                .isEqualTo("第 1 页（共 3 页）的 5 个清单，共有 12 个清单引用这两个版本；其余清单见其他各页，下方分页可翻到。");
        assertThat(first.select("#summary p").first().text()).startsWith("清单中共有 120 处引用指向 2010-04-29 版");
        // The navigation above and below the rows: this page, the other, the next.
        assertThat(first.select("#by-power nav.pager")).hasSize(2).allSatisfy(nav -> {
            assertThat(nav.select("[aria-current=page]").text()).isEqualTo("1");
            assertThat(nav.select("a.page").eachText()).containsExactly("2", "3");
            assertThat(nav.select("a[rel=prev]")).isEmpty();
            assertThat(nav.select("a[rel=next]").attr("href")).endsWith("&page=2");
        });
        assertThat(powerLists(first)).doesNotContain("yulin-secrecy-bureau", "yulin-copy-9").hasSize(5);
        // The lists' cells share numbers: each row's id names its list (row 3, column 7 … of each copy).
        assertThat(first.select("#by-power .impact-row").eachAttr("id")).hasSize(50).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).matches("row-yulin-copy-\\d+-\\d+-\\d+-\\d+-\\d+"));
    }

    @Test
    void shouldShowTheLastTwoListsOnTheLastPageWithTheSameCounts() {
        Document first = page(LAW);
        Document last = page(LAW + "&page=3");

        assertThat(last.select("#by-power .impact-row")).hasSize(20);
        assertThat(powerLists(last)).containsExactly("yulin-copy-9", "yulin-secrecy-bureau");
        assertThat(last.select("#by-power-partial").text()).startsWith("第 3 页，共 3 页：下面列出 2 个清单的 20 处引用（共 120 处）");
        assertThat(last.select("#summary").outerHtml()).isEqualTo(first.select("#summary").outerHtml());
        assertThat(tableLists(last)).containsExactlyInAnyOrder("yulin-copy-9", "yulin-secrecy-bureau");
        assertThat(last.select("#by-list-partial").text()).startsWith("第 3 页（共 3 页）的 2 个清单，共有 12 个清单");
        // Each list's counts add up to the citations of it the page shows in full, on the first page and the last.
        for (Document page : List.of(first, last)) {
            for (Element row : page.select("#by-list tbody tr")) {
                String list = row.select("th a").attr("href").replaceFirst("^/id/list/", "");
                int counted = row.select("td.num").eachText().stream().mapToInt(Integer::parseInt).sum();
                assertThat(page.select("#by-power .impact-row[id^=row-" + list + "-]")).as(list).hasSize(counted);
            }
        }
        assertThat(last.select("#by-unit").outerHtml()).isEqualTo(first.select("#by-unit").outerHtml());
        assertThat(page(LAW + "&page=7").select("#by-power-partial").text()).as("past the last page: the last")
                .startsWith("第 3 页，共 3 页");
    }

    @Test
    void shouldGoToTheNextPageAndBackInTheBrowser() {
        ChromeDriver driver = CHROMIUM.driver();
        driver.get("http://localhost:" + port + LAW);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));

        driver.findElement(By.cssSelector("#by-power nav.pager a[rel=next]")).click();
        wait.until(ExpectedConditions.urlContains("page=2"));
        assertThat(driver.findElements(By.cssSelector("#by-power .impact-row"))).hasSize(50);
        assertThat(driver.findElement(By.cssSelector("#by-power nav.pager [aria-current=page]")).getText()).isEqualTo("2");

        List<WebElement> back = driver.findElements(By.cssSelector("#by-power nav.pager a[rel=prev]"));
        assertThat(back).hasSize(2);
        back.get(1).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("page=2")));
        assertThat(driver.findElements(By.cssSelector("#by-power .impact-row"))).hasSize(50);
        assertThat(driver.findElement(By.cssSelector("#by-power nav.pager [aria-current=page]")).getText()).isEqualTo("1");
    }

    /** The lists of the table by list, in its order: the slug of each list's IRI. */
    private static List<String> tableLists(Document page) {
        return page.select("#by-list tbody th a").stream().map(a -> a.attr("href").replaceFirst("^/id/list/", ""))
                .toList();
    }

    /** The lists of the powers a page shows in full, each once, in order: the slug of the list's IRI. */
    private static List<String> powerLists(Document page) {
        return page.select("#by-power .power-group h3 a").stream().map(a -> a.attr("href"))
                .map(href -> href.replaceFirst("^/id/list/([^/]+)/.*$", "$1")).distinct().toList();
    }
}
