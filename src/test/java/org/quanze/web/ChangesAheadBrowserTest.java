package org.quanze.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The changes ahead in real headless Chromium, on the bundled data: from the home page seen as of a
 * day before the secrecy texts of 2024 entered into force, to the seed list and one of its powers,
 * whose citations say "will change on …"; and a date picked with the power page's own form.
 */
class ChangesAheadBrowserTest extends BrowserWebTest {

    private static List<String> texts(ChromeDriver d, String css) {
        return d.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).map(WebElement::getText).toList();
    }

    @Test
    void shouldLeadFromTheHomePageToTheFlagsOfAPowerAsOfAPickedDate() {
        ChromeDriver d = open("/?lang=zh&asOf=2024-01-01");
        d.findElement(By.xpath("//li[@class='ahead-list']/a[contains(., '玉林市国家保密局')]")).click();
        browser.waiting().until(ExpectedConditions.titleContains("玉林市国家保密局"));
        assertThat(d.getCurrentUrl()).endsWith("?asOf=2024-01-01");
        d.findElement(By.xpath("//tr[@class='ahead-power'][td[1]='1']//a")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main.power")));
        List<String> flags = texts(d, "div.citation p.ahead");
        assertThat(flags).isNotEmpty().allSatisfy(t -> assertThat(t).containsPattern("将于2024-0[59]-01起变化"));
        assertThat(flags).anySatisfy(t -> assertThat(t).contains("《保守国家秘密法实施条例》"));
        d.findElement(By.cssSelector("div.citation p.ahead a.ahead-impact")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/impact?"));
        assertThat(d.findElement(By.tagName("h1")).getText()).isNotBlank();
    }

    @Test
    void shouldShowTheFlagsOnThePowerPageOnceADateIsPicked() {
        ChromeDriver d = open("/id/list/yulin-secrecy-bureau/power/1?lang=zh");
        // Today the 2024 texts are in force: nothing of this power's is ahead.
        assertThat(texts(d, "p.ahead")).isEmpty();
        WebElement day = d.findElement(By.id("ahead-as-of"));
        d.executeScript("arguments[0].value = '2024-01-01';", day);
        d.findElement(By.cssSelector("form.ahead-pick button")).click();
        browser.waiting().until(ExpectedConditions.urlContains("asOf=2024-01-01"));
        assertThat(texts(d, "div.citation p.ahead")).isNotEmpty()
                .anySatisfy(t -> assertThat(t).contains("将于2024-05-01起变化").contains("《保守国家秘密法》"));
        assertThat(d.findElement(By.cssSelector("#ahead h2")).getText()).isEqualTo("即将施行的变化");
        browser.screenshot("power-changes-ahead");
    }
}
