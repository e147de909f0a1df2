package org.quanze.web.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.quanze.Fixtures;
import org.quanze.ServerOnFreshStore;
import org.apache.jena.rdf.model.Resource;
import org.quanze.load.ChangeLog;
import org.quanze.load.LoadListener;
import org.quanze.load.LoadOptions;
import org.quanze.load.LoadReport;
import org.quanze.load.Loader;
import org.quanze.load.Source;
import org.quanze.store.GraphStore;
import org.quanze.vocab.QZ;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The Atom feeds of a list and of a legal document, on a server of its own loaded here with the seed
 * list (the law library gives it the four secrecy texts), parsed with Rome: their entries are the
 * change log's (ids, times, kinds as an independent query of …/graph/changes reads them) and the
 * findings of the health graph; they go through the answer cache, and a reload adds an entry.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "quanze.load-bundled-data=false")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FeedTest extends ServerOnFreshStore {

    private static final String LIST = "https://w3id.org/quanze/id/list/yulin-secrecy-bureau";
    private static final String LIST_FEED = "/id/list/yulin-secrecy-bureau/feed.atom";
    private static final String LAW = "保守国家秘密法";
    private static final String LAW_FEED = "/id/law/" + URLEncoder.encode(LAW, StandardCharsets.UTF_8) + "/feed.atom";

    @Autowired
    Loader loader;

    @Autowired
    GraphStore store;

    @Autowired
    ChangeLog changeLog;

    private void load(boolean force) {
        LoadReport report = loader.load(Source.fromPaths(List.of(Path.of("data/lists/yulin-secrecy-bureau.txt"))),
                LoadListener.NONE, new LoadOptions(force, "feed-test"));
        assertThat(report.hasFailures()).as(report.toString()).isFalse();
    }

    private static SyndFeed parse(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
        SyndFeed feed = new SyndFeedInput().build(new StringReader(r.body()));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        return feed;
    }

    /** The change log as a query of its own reads it: change IRI → time, for the graphs named. */
    private Map<String, String> changesOf(String graphFilter) {
        return Fixtures.select(store, """
                SELECT ?change ?time WHERE { GRAPH <https://w3id.org/quanze/id/graph/changes> {
                  ?change qz:changedGraph ?g ; prov:endedAtTime ?time } FILTER(%s) }""".formatted(graphFilter))
                .stream().collect(Collectors.toMap(r -> r.get("change"), r -> r.get("time")));
    }

    private long findingsOfList() {
        return Long.parseLong(Fixtures.select(store, """
                SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE {
                  ?f a qz:CitationFinding ; qz:aboutEntry ?e .
                  <%s> qz:hasPower ?p . ?p (qz:hasDuty|qz:hasAccountabilityCase)? ?e }""".formatted(LIST)).get(0).get("n"));
    }

    private static List<SyndEntry> changeEntries(SyndFeed feed) {
        return feed.getEntries().stream().filter(e -> !e.getUri().contains("#findings-")).toList();
    }

    @Test
    @Order(1)
    void shouldListEveryLoggedWriteOfTheListAndOfTheTextsItCitesWithTheFindings() throws Exception {
        load(false);
        SyndFeed feed = parse(get(LIST_FEED + "?lang=zh"));
        assertThat(feed.getUri()).isEqualTo(LIST + "/feed.atom");
        assertThat(feed.getTitle()).contains("玉林市国家保密局权责清单");
        assertThat(feed.getLinks()).extracting(SyndLink::getRel).contains("self", "alternate");
        assertThat(feed.getLinks().stream().filter(l -> l.getRel().equals("alternate")).findFirst().orElseThrow()
                .getHref()).endsWith("/id/list/yulin-secrecy-bureau");
        // The list's own graph and the four official texts it cites (no list graph among them).
        Map<String, String> logged = changesOf("?g IN (<https://w3id.org/quanze/id/graph/yulin-secrecy-bureau.txt>, "
                + "<https://w3id.org/quanze/id/graph/secrecy-law-2010.md>, <https://w3id.org/quanze/id/graph/secrecy-law-2024.md>, "
                + "<https://w3id.org/quanze/id/graph/secrecy-regulation-2014.md>, "
                + "<https://w3id.org/quanze/id/graph/secrecy-regulation-2024.md>)");
        assertThat(logged).hasSize(5);
        List<SyndEntry> changes = changeEntries(feed);
        assertThat(changes).extracting(SyndEntry::getUri).containsExactlyInAnyOrderElementsOf(logged.keySet());
        for (SyndEntry e : changes) {
            // Rome writes the log's time to the second.
            assertThat(e.getUpdatedDate()).as(e.getUri())
                    .isEqualTo(Date.from(Instant.parse(logged.get(e.getUri())).truncatedTo(ChronoUnit.SECONDS)));
            assertThat(e.getTitle()).startsWith("载入");
            assertThat(e.getAuthors()).isNotEmpty();
        }
        assertThat(changes).extracting(SyndEntry::getTitle).anySatisfy(t -> assertThat(t).contains("《保守国家秘密法》2024-02-27 版"))
                .anySatisfy(t -> assertThat(t).contains("yulin-secrecy-bureau.txt"));
        // The findings: one entry, with the count an independent query gives, linking the list's findings.
        SyndEntry findings = feed.getEntries().stream().filter(e -> e.getUri().contains("#findings-")).findFirst().orElseThrow();
        assertThat(findings.getTitle()).contains(findingsOfList() + " 条发现");
        assertThat(findings.getDescription().getValue()).contains("引文有误 4 条").contains("无法核对 40 条");
        assertThat(findings.getLink()).contains("/health?list=");
        assertThat(findings.getAuthors()).extracting(a -> a.getName()).containsExactly("权责图谱引用核查");
        assertThat(feed.getPublishedDate()).isEqualTo(changes.stream().map(SyndEntry::getUpdatedDate).max(Date::compareTo).get());
    }

    @Test
    @Order(2)
    void shouldGiveADocumentTheWritesOfItsVersionsTexts() throws Exception {
        SyndFeed feed = parse(get(LAW_FEED + "?lang=en"));
        assertThat(feed.getUri()).isEqualTo("https://w3id.org/quanze/id/law/" + LAW + "/feed.atom");
        Map<String, String> logged = changesOf("?g IN (<https://w3id.org/quanze/id/graph/secrecy-law-2010.md>, "
                + "<https://w3id.org/quanze/id/graph/secrecy-law-2024.md>)");
        assertThat(changeEntries(feed)).extracting(SyndEntry::getUri).containsExactlyInAnyOrderElementsOf(logged.keySet());
        assertThat(changeEntries(feed)).extracting(SyndEntry::getTitle)
                .anySatisfy(t -> assertThat(t).contains("Loaded").contains("version 2010-04-29"))
                .anySatisfy(t -> assertThat(t).contains("version 2024-02-27"));
        assertThat(changeEntries(feed)).allSatisfy(e -> assertThat(e.getLink()).contains("/id/law/"));
        assertThat(get("/id/law/" + URLEncoder.encode("没有这部法", StandardCharsets.UTF_8) + "/feed.atom").statusCode())
                .isEqualTo(404);
        HttpResponse<String> nowhere = get("/id/list/nowhere/feed.atom");
        assertThat(nowhere.statusCode()).isEqualTo(404);
        assertThat(nowhere.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(nowhere.body()).contains("https://w3id.org/quanze/id/list/nowhere");
    }

    @Test
    @Order(3)
    void shouldLinkTheFeedsFromTheirPages() throws Exception {
        Document list = Jsoup.parse(get("/id/list/yulin-secrecy-bureau").body());
        assertThat(list.select("head link[rel=alternate][type=application/atom+xml]").attr("href")).isEqualTo(LIST_FEED);
        assertThat(list.select("main a.feed").attr("href")).isEqualTo(LIST_FEED);
        Document law = Jsoup.parse(get("/id/law/" + URLEncoder.encode(LAW, StandardCharsets.UTF_8)).body());
        assertThat(law.select("head link[rel=alternate][type=application/atom+xml]").attr("href"))
                .isEqualToIgnoringCase(LAW_FEED);
    }

    @Test
    @Order(4)
    void shouldAnswer304UntilAReloadAddsAnEntry() throws Exception {
        HttpResponse<String> before = get(LIST_FEED);
        String etag = before.headers().firstValue("ETag").orElseThrow();
        assertThat(get(LIST_FEED, "If-None-Match", etag).statusCode()).isEqualTo(304);
        Set<String> ids = parse(before).getEntries().stream().map(SyndEntry::getUri).collect(Collectors.toSet());

        load(true);

        HttpResponse<String> after = get(LIST_FEED, "If-None-Match", etag);
        SyndFeed feed = parse(after);
        assertThat(after.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
        List<SyndEntry> added = feed.getEntries().stream().filter(e -> !ids.contains(e.getUri())).toList();
        assertThat(added).as("the reload of the list and of the four texts").hasSize(5)
                .allSatisfy(e -> assertThat(e.getTitle()).startsWith("重新载入"))
                .allSatisfy(e -> assertThat(e.getAuthors().get(0).getName()).isEqualTo("feed-test"));
        assertThat(feed.getEntries()).extracting(SyndEntry::getUri).containsAll(ids.stream()
                .filter(id -> !id.contains("#findings-")).toList());
    }

    @Test
    @Order(5)
    void shouldShowAnyKindTheLogHoldsByItsLabelOrElseAsLogged() throws Exception {
        // As a published edition will be logged: a change of the list's graph of kind "publish"; and a kind
        // no label is known for.
        for (String kind : List.of("publish", "archive")) {
            GraphStore.GraphUpdate update = changeLog.record(kind, "editor", "yulin-secrecy-bureau.txt", null);
            Resource change = update.content().listSubjectsWithProperty(QZ.changeKind, kind).next();
            change.addProperty(QZ.changedGraph, update.content().createResource(
                    "https://w3id.org/quanze/id/graph/yulin-secrecy-bureau.txt"));
            store.apply(List.of(update));
        }
        SyndFeed feed = parse(get(LIST_FEED + "?lang=zh"));
        assertThat(changeEntries(feed)).extracting(SyndEntry::getTitle)
                .anySatisfy(t -> assertThat(t).startsWith("发布新版清单："))
                .anySatisfy(t -> assertThat(t).startsWith("archive："));
        assertThat(changeEntries(feed).get(0).getAuthors().get(0).getName()).as("newest first").isEqualTo("editor");
    }
}
