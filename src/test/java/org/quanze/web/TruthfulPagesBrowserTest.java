package org.quanze.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The journeys of legal staff that once showed wrong or confusing data, clicked through in real
 * headless Chromium on the bundled data: from a power to its bureau, to its graph; the fire list's
 * article 58 with the paragraph and item each power cites; a document cited without an article; the
 * health page from the menu; a named query explained in Chinese; an English page in English.
 */
class TruthfulPagesBrowserTest extends BrowserWebTest {

    private List<String> texts(ChromeDriver d, String css) {
        return d.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    @Test
    void shouldGoFromAPowerToItsBureauAndSeeTheBureausSixPowers() {
        ChromeDriver d = open("/id/list/yulin-secrecy-bureau/power/1?lang=zh");
        d.findElement(By.linkText("玉林市国家保密局")).click();
        browser.waiting().until(ExpectedConditions.titleContains("玉林市国家保密局"));
        assertThat(d.findElement(By.cssSelector("#implements h2")).getText()).isEqualTo("作为实施主体的权力（6）");
        assertThat(d.findElements(By.cssSelector("#implements li"))).hasSize(6)
                .allSatisfy(li -> assertThat(li.getText()).endsWith("玉林市国家保密局权责清单"));
    }

    @Test
    void shouldDrawOnlyThePowersOwnDutiesCasesAndArticles() {
        ChromeDriver d = open("/id/list/yulin-secrecy-bureau/power/1?lang=zh");
        d.findElement(By.cssSelector("p.tools a[href^='/graph']")).click();
        browser.waiting().until(ExpectedConditions.attributeToBeNotEmpty(d.findElement(By.id("graph")), "data-ready"));
        @SuppressWarnings("unchecked")
        List<String> labels = (List<String>) d.executeScript("""
                const data = echarts.getInstanceByDom(document.getElementById('graph')).getOption().series[0].data;
                return data.map(n => n.fullName);""");
        // The power, its 4 duties and 5 cases, and articles of the documents the Yulin list cites: nothing of
        // the fire, archives or Xinjiang lists, which the graph once drew around it.
        List<String> articles = labels.stream().filter(l -> l.startsWith("《")).toList();
        assertThat(articles).isNotEmpty().allSatisfy(l -> assertThat(l.replaceAll("^《(.*)》.*$", "$1")).isIn(
                "保守国家秘密法", "保守国家秘密法实施条例", "保密检查工作规定", "泄密案件查处办法",
                "涉及国家秘密的信息系统审批管理规定", "广西壮族自治区行政过错责任追究办法"));
        assertThat(labels).hasSize(1 + 4 + 5 + articles.size());
    }

    @Test
    void shouldNameTheParagraphOrItemEachPowerCitesOfTheFireLawsArticle58() {
        ChromeDriver d = open("/id/law/%E6%B6%88%E9%98%B2%E6%B3%95/2021-04-29/article/58?lang=zh");
        assertThat(d.findElement(By.cssSelector("#cited-by .summary")).getText()).isEqualTo("共 4 处引用，来自 1 个清单。");
        assertThat(texts(d, "#cited-by ul.citers a.reference")).containsExactly("第五十八条第一款第（四）项", "第五十八条第三款",
                "第五十八条第一款第（四）项", "第五十八条第三款");
        d.findElements(By.cssSelector("#cited-by ul.citers a.reference")).get(1).click();
        browser.waiting().until(ExpectedConditions.urlContains("/power/1"));
        WebElement cited = d.findElement(By.id("power-basis-1-3"));
        assertThat(cited.findElement(By.cssSelector("a.art")).getText()).isEqualTo("第五十八条第三款");
        // The official text of the paragraph cited (the law library's 消防法 2021: the lead and items (一)–(四) are the first
        // paragraph, 核查发现… the second, 建设单位… the third).
        assertThat(cited.findElement(By.cssSelector(".law-text")).getText()).contains("建设单位未依照本法规定在验收后报住房和城乡建设主管部门备案的");
    }

    @Test
    void shouldShowADocumentCitedWithoutAnArticleAmongTheBasesForAllDuties() {
        ChromeDriver d = open("/id/list/fire-supervision-2025/power/27?lang=zh");
        List<WebElement> whole = d.findElements(By.cssSelector("#duties-basis .citation"));
        assertThat(whole).extracting(c -> c.findElement(By.cssSelector("a.doc")).getText())
                .contains("《消防救援机构办理行政案件程序规定》");
        WebElement rule = whole.stream().filter(c -> c.getText().contains("消防救援机构办理行政案件程序规定")).findFirst()
                .orElseThrow();
        assertThat(rule.getText()).contains("清单引用这部文件，未写条号。");
        open("/id/list/fire-supervision-2025/power/24?lang=zh");
        assertThat(d.findElements(By.cssSelector("#cases article.entry"))).hasSize(8);
        assertThat(texts(d, "#cases article.entry p.meta")).as("no empty 追责主体 label").allMatch(t -> t.length() > "追责主体：".length());
        open("/id/list/commerce-bureau-2024/power/4?lang=zh");
        assertThat(texts(d, "#duties-basis .citation")).anySatisfy(t -> assertThat(t).contains("《中华人民共和国行政处罚法》")
                .contains("第五章、第六章、第七章").contains("清单引用这部文件，未写条号。"));
    }

    @Test
    void shouldReachTheHealthPageFromTheMenuWithItsCountsPerList() {
        ChromeDriver d = open("/?lang=zh");
        d.findElement(By.linkText("核查")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("coverage")));
        assertThat(d.findElement(By.cssSelector("header nav a.current")).getText()).isEqualTo("核查");
        assertThat(d.findElements(By.cssSelector("#coverage tbody tr"))).hasSize(12);
        // The count of the Yulin list's citations with findings leads to its findings.
        d.findElement(By.cssSelector("#coverage-yulin-secrecy-bureau td:nth-of-type(5) a")).click();
        browser.waiting().until(ExpectedConditions.urlContains("list="));
        WebElement first = d.findElements(By.cssSelector("#findings article.finding")).get(0);
        assertThat(first.findElements(By.cssSelector("ul.places li"))).hasSize(2);
    }

    @Test
    void shouldLeadFromTheCitationCountToTheLawsAndExplainANamedQueryInChinese() {
        ChromeDriver d = open("/?lang=zh");
        d.findElement(By.xpath("//ul[@class='counts']//a[contains(., '次法律依据引用')]")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/laws"));
        assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("法律法规");
        open("/query?name=duty-articles&lang=zh");
        assertThat(d.findElement(By.id("named-query-description")).getText()).startsWith("某一责任事项的依据所引的每一条法条");
        open("/query?name=duty-articles&lang=en");
        assertThat(d.findElement(By.id("named-query-description")).getText()).startsWith("For one duty");
    }

    @Test
    void shouldNameCategoriesInEnglishOnEnglishPages() {
        ChromeDriver d = open("/powers?lang=en&list=https://w3id.org/quanze/id/list/yulin-secrecy-bureau");
        assertThat(texts(d, "table.data tbody td:nth-child(3)")).containsOnly("administrative coercion",
                "administrative inspection", "other administrative power");
        assertThat(texts(d, "select[name=category] option")).anyMatch(t -> t.startsWith("administrative coercion ("));
        open("/powers?lang=zh");
    }
}
