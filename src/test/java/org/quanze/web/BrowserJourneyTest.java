package org.quanze.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What legal staff do, in real headless Chromium: search, trace, switch language, query, draw, screenshot. */
class BrowserJourneyTest extends WebTest {

    private static final String POWER_1 = "/id/list/yulin-secrecy-bureau/power/1";


    @LocalServerPort
    int port;

    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private ChromeDriver open(String path) {
        ChromeDriver d = browser.driver();
        d.get(url(path));
        return d;
    }

    @Test
    void shouldTraceConfiscationFromSearchToTheArticleToThePowerAndBack() {
        ChromeDriver d = open("/?lang=zh");
        d.findElement(By.id("home-q")).sendKeys("收缴", Keys.ENTER);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("search-summary")));
        assertThat(d.findElements(By.cssSelector("#kind-Article .result"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(d.findElements(By.cssSelector("#kind-Article mark"))).extracting(WebElement::getText).contains("收缴");
        d.findElement(By.xpath("//section[@id='kind-Article']//a[contains(., '保守国家秘密法') and contains(., '第四十五条')"
                + " and contains(., '2010-04-29')]")).click();

        browser.waiting().until(ExpectedConditions.titleContains("第四十五条"));
        assertThat(d.findElement(By.tagName("h1")).getText()).contains("保守国家秘密法").contains("第四十五条");
        assertThat(d.findElement(By.id("text")).getText()).contains("应当予以收缴");
        WebElement powerBasis = d.findElement(By.id("power-basis"));
        assertThat(powerBasis.getText()).contains("权力事项 1");
        powerBasis.findElement(By.linkText("权力事项 1")).click();

        browser.waiting().until(ExpectedConditions.urlContains(POWER_1));
        assertThat(d.findElement(By.tagName("h1")).getText()).contains("对非法获取、持有国家秘密载体的行政强制");
        WebElement duty3 = d.findElement(By.id("duty-3"));
        assertThat(duty3.findElement(By.tagName("h3")).getText()).contains("收缴责任");
        assertThat(duty3.findElement(By.cssSelector("blockquote.official")).getText())
                .contains("保密行政管理部门对保密检查中发现的非法获取、持有的国家秘密载体，应当予以收缴。");
        assertThat(duty3.findElement(By.cssSelector(".cite-head .art")).getText()).isEqualTo("第四章第四十五条");

        d.findElement(By.id("lang-en")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#basis h2"), "Legal basis"));
        assertThat(d.findElement(By.cssSelector("#duties h2")).getText()).isEqualTo("Duties (4)");
        assertThat(d.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        d.findElement(By.id("lang-zh")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#basis h2"), "实施依据"));
        assertThat(d.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-Hans");
    }

    @Test
    void shouldRunANamedQueryAndDownloadItsResultsAsCsv() throws Exception {
        ChromeDriver d = open("/query?lang=zh");
        d.findElement(By.cssSelector("#named-queries a[data-name='article-citers']")).click();
        browser.waiting().until(ExpectedConditions.urlContains("name=article-citers"));
        String text = d.findElement(By.id("sparql")).getAttribute("value");
        assertThat(text).contains("VALUES ?article").contains("2010-04-29/article/44");
        d.findElement(By.id("run")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#results tbody tr")));
        List<WebElement> rows = d.findElements(By.cssSelector("#results tbody tr"));
        assertThat(rows).hasSize(3);
        assertThat(d.findElement(By.id("query-status")).getText()).contains("3");
        WebElement link = rows.get(0).findElement(By.cssSelector("a[href*='/id/list/yulin-secrecy-bureau']"));
        assertThat(link.getAttribute("href")).startsWith(url("/id/"));

        d.findElement(By.id("download-csv")).click();
        Path csv = browser.downloads().resolve("quanze-results.csv");
        browser.waiting().until(x -> Files.exists(csv) && size(csv) > 0);
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).startsWith("role,list,powerNumber");
        assertThat(lines.stream().filter(l -> l.startsWith("power-basis") || l.startsWith("duty-basis"))).hasSize(3);
    }

    @Test
    void shouldDrawTheGraphOfAPowerWithTheLibraryServedByTheApp() {
        ChromeDriver d = open("/graph?iri=https://w3id.org/quanze/id/list/yulin-secrecy-bureau/power/1");
        browser.waiting().until(ExpectedConditions.attributeToBeNotEmpty(d.findElement(By.id("graph")), "data-ready"));
        assertThat(Integer.parseInt(d.findElement(By.id("graph")).getAttribute("data-ready"))).isGreaterThanOrEqualTo(10);
        assertThat(d.findElements(By.cssSelector("#graph canvas"))).isNotEmpty();
        assertThat(d.findElements(By.cssSelector("#graph-nodes li"))).hasSizeGreaterThanOrEqualTo(10);
        assertThat(d.findElement(By.id("graph-nodes")).getText()).contains("收缴责任").contains("第四十五条");
    }

    @Test
    void shouldBeUsableFromTheKeyboard() {
        ChromeDriver d = open("/?lang=zh");
        d.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement skip = d.switchTo().activeElement();
        assertThat(skip.getAttribute("class")).isEqualTo("skip");
        skip.sendKeys(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.urlContains("#main"));
        WebElement search = d.findElement(By.id("home-q"));
        search.sendKeys("泄密隐患", Keys.ENTER);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("search-summary")));
        assertThat(d.findElement(By.id("search-summary")).getText()).contains("泄密隐患");
    }

    @Test
    void shouldRenderTheMainPagesAtLaptopAndPhoneWidthWithoutCuttingAnythingOff() {
        assertThat((Boolean) open("/").executeScript("return document.fonts.check(\"16px 'Noto Sans CJK SC'\")"))
                .as("a CJK font is installed, so that Chinese does not render as boxes").isTrue();
        Stream.of(new String[] {"home", "/"}, new String[] {"powers", "/powers"}, new String[] {"power", POWER_1},
                new String[] {"article", "/id/law/%E4%BF%9D%E5%AE%88%E5%9B%BD%E5%AE%B6%E7%A7%98%E5%AF%86%E6%B3%95/2010-04-29/article/45"},
                new String[] {"search", "/search?q=%E6%94%B6%E7%BC%B4"}, new String[] {"query", "/query"},
                new String[] {"vocabulary", "/vocabulary"}, new String[] {"laws", "/laws"},
                new String[] {"graph", "/graph?iri=https://w3id.org/quanze/id/list/yulin-secrecy-bureau/power/1"},
                new String[] {"power-en", POWER_1 + "?lang=en"})
                .forEach(page -> {
                    for (int[] size : new int[][] {{1280, 800}, {390, 844}}) {
                        browser.size(size[0], size[1]);
                        open(page[1]);
                        assertThat(browser.overflowsSideways()).as("%s at %d px is wider than the window", page[0], size[0]).isFalse();
                        assertThat(browser.screenshot(page[0] + "-" + size[0] + "x" + size[1])).exists();
                    }
                });
        browser.size(1280, 800);
        open("/?lang=zh");
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
