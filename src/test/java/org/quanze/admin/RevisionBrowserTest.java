package org.quanze.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.quanze.Fixtures;
import org.quanze.ServerOnFreshStore;
import org.quanze.law.ChinaDays;
import org.quanze.revise.DocumentRevision;
import org.quanze.revise.Draft;
import org.quanze.revise.Proposal;
import org.quanze.revise.Reviser;
import org.quanze.store.GraphStore;
import org.quanze.web.Browser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An official reviews the seed list's revision for the 2024 secrecy law and regulation in a real
 * browser: accepts two proposals, rejects one, publishes. The new edition is shown, revising the old;
 * the old edition is still the one listed at a date before the publication; the change log records
 * who published it; the rejected basis keeps its published text in the new edition.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"quanze.admin.username=curator", "quanze.admin.password=s3cret-for-tests"})
class RevisionBrowserTest extends ServerOnFreshStore {

    private static final String OLD = "https://w3id.org/quanze/id/list/yulin-secrecy-bureau";
    @RegisterExtension
    static final Browser browser = Browser.perClass();

    @Autowired
    GraphStore store;

    private String url(String path, boolean credentials) {
        return "http://" + (credentials ? "curator:s3cret-for-tests@" : "") + "localhost:" + port + path;
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void shouldAcceptTwoRejectOnePublishAndKeepTheOldEditionAtAnEarlierDate() {
        ChromeDriver d = browser.driver();
        d.get(url("/admin/revise?lang=zh&list=yulin-secrecy-bureau&document=" + q("保守国家秘密法:2010:2024")
                + "&document=" + q("保守国家秘密法实施条例:2014:2024"), true));
        List<WebElement> proposals = d.findElements(By.cssSelector("section.proposal"));
        Draft draft = new Reviser(Fixtures.IRIS).draft(store, OLD, List.of(new DocumentRevision("保守国家秘密法", "2010", "2024"),
                new DocumentRevision("保守国家秘密法实施条例", "2014", "2024")));
        assertThat(proposals).hasSize(draft.proposals().size()).hasSizeGreaterThan(3);
        assertThat(d.findElement(By.id("revise-summary")).getText()).contains("需要人工审核");
        browser.screenshot("revise-review");
        // The proposal to reject: one whose item holds no other citation (a rejection keeps the whole item).
        int reject = rejectable(draft);
        int[] accept = java.util.stream.IntStream.range(0, draft.proposals().size()).filter(i -> i != reject).limit(2).toArray();
        for (int i : accept) {
            d.findElement(By.id("accept-" + i)).click();
        }
        d.findElement(By.id("reject-" + reject)).click();
        d.findElement(By.id("publish")).click();
        browser.waiting().until(ExpectedConditions.urlContains("-edition-"));

        // The new edition: revising the old one, which it links.
        WebElement editions = d.findElement(By.id("list-editions"));
        assertThat(editions.getText()).contains("修订自");
        assertThat(editions.findElement(By.cssSelector("a")).getAttribute("href")).endsWith("/id/list/yulin-secrecy-bureau");
        browser.screenshot("revise-published");
        String edition = d.getCurrentUrl().replaceAll("^.*/id/list/([^/?#]+).*$", "$1");

        // In the store, counted apart from the pages: the rejected item is published as it was (its citation still of the
        // old version), the accepted ones as proposed, and the change log names the publisher.
        Proposal rejected = draft.proposals().get(reject);
        Proposal accepted = draft.proposals().get(accept[0]);
        List<Map<String, String>> texts = Fixtures.select(store, """
                SELECT ?text WHERE { GRAPH ?g { ?c a qz:Citation ; qz:sourceText ?text } FILTER(STRENDS(STR(?g), "%s.txt")) }"""
                .formatted(edition));
        assertThat(texts).extracting(r -> r.get("text")).contains(rejected.originalItem(), accepted.proposedItem())
                .doesNotContain(accepted.originalItem());
        assertThat(Fixtures.select(store, """
                SELECT ?actor WHERE { ?c qz:changeKind "publish" ; qz:actor ?actor }""")).extracting(r -> r.get("actor"))
                .containsOnly("curator").isNotEmpty();

        // The lists today: the new edition, not the old one; the day before: the old one, not the edition.
        d.get(url("/lists?lang=zh", false));
        assertThat(hrefs(d)).anyMatch(h -> h.endsWith("/id/list/" + edition)).noneMatch(h -> h.endsWith("/id/list/yulin-secrecy-bureau"));
        String yesterday = ChinaDays.today(Clock.systemUTC()).minusDays(1).toString();
        d.get(url("/lists?lang=zh&date=" + yesterday, false));
        assertThat(d.findElement(By.id("lists-date")).getText()).contains(yesterday);
        assertThat(hrefs(d)).anyMatch(h -> h.endsWith("/id/list/yulin-secrecy-bureau")).noneMatch(h -> h.contains("-edition-"));
        // The old edition's feed tells of the new edition published.
        d.get(url("/id/list/yulin-secrecy-bureau/feed.atom?lang=zh", false));
        assertThat(d.getPageSource()).contains("发布新版清单").contains(edition + ".txt");
        // The old edition's page says it was revised, and links the new one.
        d.get(url("/id/list/yulin-secrecy-bureau?lang=zh", false));
        assertThat(d.findElement(By.cssSelector("#list-editions .revised-as a")).getAttribute("href")).endsWith(edition);
    }

    private static List<String> hrefs(ChromeDriver d) {
        return d.findElements(By.cssSelector("main ul.plain li a")).stream().map(a -> a.getAttribute("href")).toList();
    }

    private static int rejectable(Draft draft) {
        for (int i = 0; i < draft.proposals().size(); i++) {
            Proposal p = draft.proposals().get(i);
            String item = p.id().substring(0, p.id().lastIndexOf('/'));
            if (draft.proposals().stream().filter(o -> o.id().startsWith(item + "/")).count() == 1) {
                return i;
            }
        }
        throw new AssertionError("every item holds several citations");
    }
}
