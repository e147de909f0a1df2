package org.quanze.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** What legal staff do, in real headless Chromium: search, trace, switch language, query, draw, screenshot. */
class BrowserJourneyTest extends BrowserWebTest {

    private static final String POWER_1 = "/id/list/yulin-secrecy-bureau/power/1";
    private static final String FIRE = "https://w3id.org/quanze/id/list/fire-supervision-2025";

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
    void shouldGoStraightToTheArticleALawyerTypesIntoTheHomeSearchBox() {
        ChromeDriver d = open("/?lang=zh");
        d.findElement(By.id("home-q")).sendKeys("消防法第五十八条", Keys.ENTER);

        browser.waiting().until(ExpectedConditions.titleContains("第五十八条"));
        assertThat(URLDecoder.decode(d.getCurrentUrl(), StandardCharsets.UTF_8)).endsWith("/id/law/消防法/2021-04-29/article/58");
        assertThat(d.findElement(By.tagName("h1")).getText()).contains("消防法").contains("第五十八条");

        // Two versions hold 保守国家秘密法 第四十五条: the search offers both, the one the lists cite marked.
        d.findElement(By.cssSelector("nav a[href='/search']")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("q")));
        d.findElement(By.id("q")).sendKeys("《中华人民共和国保守国家秘密法》第45条", Keys.ENTER);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("named-article")));
        List<WebElement> versions = d.findElements(By.cssSelector("#named-article li"));
        assertThat(versions).extracting(WebElement::getText).hasSize(2)
                .satisfies(v -> assertThat(v.get(0)).contains("2024-02-27").doesNotContain("清单引用"))
                .satisfies(v -> assertThat(v.get(1)).contains("2010-04-29").contains("清单引用此版本"));
        versions.get(1).findElement(By.tagName("a")).click();
        browser.waiting().until(ExpectedConditions.titleContains("2010-04-29"));
        assertThat(d.findElement(By.id("text")).getText()).contains("应当予以收缴");
    }

    @Test
    void shouldFindTheFinesTheFireListQuotesInThatListAndTheirPlaceOnThePowerPage() {
        ChromeDriver d = open("/search?lang=zh");
        d.findElement(By.id("q")).sendKeys("罚款");
        Select lists = new Select(d.findElement(By.id("search-list")));
        lists.selectByValue(FIRE);
        String fire = lists.getFirstSelectedOption().getText();
        d.findElement(By.cssSelector("form.search button")).click();

        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("search-summary")));
        assertThat(URLDecoder.decode(d.getCurrentUrl(), StandardCharsets.UTF_8)).contains("list=" + FIRE);
        assertThat(d.findElement(By.cssSelector("#kind-Citation h2")).getText()).matches("所引法条原文（\\d+）");
        List<WebElement> quoted = d.findElements(By.cssSelector("#kind-Citation .result"));
        assertThat(quoted).isNotEmpty().allSatisfy(h -> {
            assertThat(h.findElement(By.cssSelector(".place a.list")).getText()).isEqualTo(fire);
            assertThat(h.findElement(By.cssSelector(".place a.power")).getText()).startsWith("权力事项 ");
            assertThat(h.findElements(By.tagName("mark"))).extracting(WebElement::getText).contains("罚款");
        });
        WebElement first = quoted.get(0).findElement(By.cssSelector(".title a"));
        String reference = first.getText();
        first.click();

        browser.waiting().until(ExpectedConditions.urlContains("/id/list/fire-supervision-2025/power/"));
        String anchor = d.getCurrentUrl().substring(d.getCurrentUrl().indexOf('#') + 1);
        WebElement citation = d.findElement(By.id(anchor));
        assertThat(citation.getText()).contains("罚款");
        assertThat(reference).contains(citation.findElement(By.cssSelector(".cite-head .art")).getText());

        d.navigate().back();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("lang-en")));
        d.findElement(By.id("lang-en")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#kind-Citation h2"), "Quoted law texts"));
        assertThat(new Select(d.findElement(By.id("search-list"))).getFirstSelectedOption().getAttribute("value")).isEqualTo(FIRE);
        assertThat(d.findElement(By.id("search-summary")).getText()).contains("in " + fire);
        assertThat(d.findElement(By.cssSelector("#kind-Citation .result .place a.power")).getText()).startsWith("power ");
        d.findElement(By.id("lang-zh")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#kind-Citation h2"), "所引法条原文"));
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
                new String[] {"search", "/search?q=%E6%94%B6%E7%BC%B4"},
                new String[] {"search-quotes", "/search?q=%E7%BD%9A%E6%AC%BE&list=" + FIRE},
                new String[] {"search-versions", "/search?q=%E4%BF%9D%E5%AE%88%E5%9B%BD%E5%AE%B6%E7%A7%98%E5%AF%86%E6%B3%95%E7%AC%AC45%E6%9D%A1"},
                new String[] {"query", "/query"},
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
