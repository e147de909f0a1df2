package org.quanze.impact.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The impact page in a real headless Chromium: rendered, marked up, and readable on a 390 px wide phone. */
class ImpactBrowserTest extends ImpactWebTest {

    @RegisterExtension
    static final Chromium.PerClass CHROMIUM = new Chromium.PerClass();

    @LocalServerPort
    int port;

    private ChromeDriver open(String pathAndQuery, int width) {
        ChromeDriver driver = CHROMIUM.driver();
        driver.manage().window().setSize(new Dimension(width, 900));
        driver.get("http://localhost:" + port + pathAndQuery);
        return driver;
    }

    private static String law() {
        return "/impact?document=" + URLEncoder.encode("保守国家秘密法", StandardCharsets.UTF_8) + "&from=2010&to=2024";
    }

    @Test
    void shouldRenderTheImpactOfTheLawWithDeletionsAndInsertionsMarked() {
        ChromeDriver driver = open(law(), 1280);

        assertThat(driver.getTitle()).isEqualTo("《保守国家秘密法》2010-04-29 → 2024-02-27 修订影响 — 权责图谱");
        List<WebElement> rows = driver.findElements(By.cssSelector("#by-power article.impact-article"));
        assertThat(rows).hasSize(7);
        WebElement first = rows.get(0);
        assertThat(first.findElement(By.cssSelector("strong.change")).getText()).isEqualTo("合并");
        assertThat(first.findElements(By.cssSelector(".diff-new ins"))).extracting(WebElement::getText).contains("和案件调查处理");
        WebElement deleted = rows.get(4).findElement(By.cssSelector(".diff-old del"));
        assertThat(deleted.getCssValue("text-decoration-line")).isEqualTo("line-through");
        assertThat(driver.findElement(By.id("total-amended")).getText()).endsWith("5 4");
        assertThat(driver.findElement(By.id("download-csv")).getAttribute("href")).contains("/impact.csv?document=");
        WebElement oldSide = first.findElement(By.cssSelector(".diff-old"));
        WebElement newSide = first.findElement(By.cssSelector(".diff-new"));
        assertThat(newSide.getLocation().getY()).as("old and new side by side on a wide screen")
                .isEqualTo(oldSide.getLocation().getY());
    }

    @Test
    void shouldStayReadableOnA390PixelScreen() {
        ChromeDriver driver = open(law(), 390);

        long page = (Long) driver.executeScript("return document.documentElement.scrollWidth;");
        long viewport = (Long) driver.executeScript("return document.documentElement.clientWidth;");
        assertThat(page).as("no sideways scrolling of the page").isLessThanOrEqualTo(viewport);
        WebElement first = driver.findElements(By.cssSelector("#by-power article.impact-article")).get(0);
        WebElement oldSide = first.findElement(By.cssSelector(".diff-old"));
        WebElement newSide = first.findElement(By.cssSelector(".diff-new"));
        // Selenium rounds positions and sizes to whole pixels: a pixel's overlap is rounding, not layout.
        assertThat(newSide.getLocation().getY()).as("old above new on a phone")
                .isGreaterThanOrEqualTo(oldSide.getLocation().getY() + oldSide.getSize().getHeight() - 1);
        assertThat(newSide.getSize().getWidth()).isLessThanOrEqualTo((int) viewport);
    }

    @Test
    void shouldRenderTheHealthReportWithTheMisquoteMarked() {
        ChromeDriver driver = open("/health?list=https%3A%2F%2Fw3id.org%2Fquanze%2Fid%2Flist%2Fyulin-secrecy-bureau", 1280);

        // 11 findings, the same mistake in several cells shown once: 6 on the page.
        assertThat(driver.findElements(By.cssSelector("#findings article.finding"))).hasSize(6);
        assertThat(driver.findElement(By.cssSelector("#findings article.finding .diff-old del")).getText()).isEqualTo("者");
    }

    /** Choosing another document offers its versions only, oldest and newest selected, and reports on them. */
    @Test
    void shouldOfferTheVersionsOfTheDocumentChosen() {
        ChromeDriver driver = open("/impact", 1280);
        new Select(driver.findElement(By.name("document")))
                .selectByValue("保守国家秘密法实施条例");
        List<String> from = driver.findElements(By.cssSelector("select[name=from] option")).stream()
                .map(o -> o.getAttribute("value")).toList();
        assertThat(from).containsExactly("2014-01-17", "2024-07-10");
        assertThat(new Select(driver.findElement(By.name("to")))
                .getFirstSelectedOption().getAttribute("value")).isEqualTo("2024-07-10");
        driver.findElement(By.cssSelector("main.impact form.filters button[type=submit]")).click();
        // The report is a new page: wait for the submitted form's address and the new report's heading. The page before
        // may show a report of its own; while it is torn down Chrome answers a question about one of its elements with
        // a stale reference or with "Node ... does not belong to the document" (an unknown error, not a stale one: it
        // failed a CI run when stalenessOf met it), so both count as "not yet".
        String heading = "《保守国家秘密法实施条例》2014-01-17 → 2024-07-10";
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(WebDriverException.class)
                .until(ExpectedConditions.and(
                        ExpectedConditions.urlContains("to=2024-07-10"),
                        ExpectedConditions.textToBe(By.cssSelector("#summary h2"), heading)));
        assertThat(driver.findElement(By.cssSelector("#summary h2")).getText()).isEqualTo(heading);
        assertThat(driver.findElements(By.id("versions-reset"))).isEmpty();
        assertThat(driver.findElements(By.id("impact-error"))).isEmpty();
    }
}
