package org.quanze.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.quanze.ServerOnFreshStore;
import org.quanze.load.LoadListener;
import org.quanze.load.LoadReport;
import org.quanze.load.Loader;
import org.quanze.load.Source;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Answers bound to the store's generation, on a server of its own (its store is written here):
 * validators on every public answer, 304 for a client that holds the answer, a write moving the
 * validators of what it changed so that no old answer is sent after it, and one computation for
 * requests that come together.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "quanze.load-bundled-data=false")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnswerCacheTest extends ServerOnFreshStore {

    private static final String POWER_1 = "/id/list/yulin-secrecy-bureau/power/1";
    private static final String NAME = "对非法获取、持有国家秘密载体的行政强制";

    @Autowired
    Loader loader;

    @Autowired
    AnswerCache cache;

    private void load(String powerName) throws Exception {
        Path file = dir.resolve("yulin-secrecy-bureau.txt");
        Files.writeString(file, Files.readString(Path.of("data/lists/yulin-secrecy-bureau.txt")).replace(NAME, powerName));
        // The law library gives the list the texts it cites (the four secrecy texts among them).
        LoadReport report = loader.load(Source.fromPaths(List.of(file)), LoadListener.NONE);
        assertThat(report.hasFailures()).as(report.toString()).isFalse();
        assertThat(report.written()).isTrue();
    }

    @Test
    @Order(1)
    void shouldTagEveryPublicAnswerAndAnswer304ToAClientThatHoldsIt() throws Exception {
        load(NAME);
        for (String path : List.of(POWER_1, "/powers", "/laws", "/health", "/search?q=" + URLEncoder.encode("收缴",
                StandardCharsets.UTF_8), "/sparql?query=" + URLEncoder.encode("SELECT * WHERE { ?s ?p ?o } LIMIT 3",
                StandardCharsets.UTF_8), "/dumps/quanze.nq.gz", "/.well-known/void")) {
            HttpResponse<String> first = get(path);
            assertThat(first.statusCode()).as(path).isEqualTo(200);
            String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag on " + path));
            assertThat(first.headers().firstValue("Last-Modified")).as(path).isPresent();
            assertThat(first.headers().firstValue("Cache-Control")).as(path).hasValue("public, no-cache");
            assertThat(first.headers().allValues("Vary")).as(path).contains("Cookie");
            HttpResponse<String> again = get(path, "If-None-Match", etag);
            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            assertThat(get(path, "If-Modified-Since", first.headers().firstValue("Last-Modified").get()).statusCode())
                    .as(path).isEqualTo(304);
        }
        HttpResponse<String> turtle = get(POWER_1, "Accept", "text/turtle");
        assertThat(turtle.headers().firstValue("ETag")).isNotEqualTo(get(POWER_1).headers().firstValue("ETag"));
        assertThat(get("/powers", "Cookie", "quanze-lang=en").body()).contains("<h1>Powers</h1>");
        assertThat(get("/powers").body()).contains("<h1>权力事项</h1>");
    }

    @Test
    @Order(2)
    void shouldMoveTheTagOfWhatAWriteChangedAndNeverSendTheOldAnswerAfterIt() throws Exception {
        HttpResponse<String> before = get(POWER_1);
        String etag = before.headers().firstValue("ETag").orElseThrow();
        assertThat(before.body()).contains(NAME);
        assertThat(get(POWER_1, "If-None-Match", etag).statusCode()).isEqualTo(304);

        load("对非法获取、持有国家秘密载体的行政强制措施");

        HttpResponse<String> conditional = get(POWER_1, "If-None-Match", etag);
        assertThat(conditional.statusCode()).as("a conditional request after the write").isEqualTo(200);
        assertThat(conditional.body()).contains("对非法获取、持有国家秘密载体的行政强制措施");
        String moved = conditional.headers().firstValue("ETag").orElseThrow();
        assertThat(moved).isNotEqualTo(etag);
        assertThat(get(POWER_1).body()).as("the kept answer of before the write").contains("行政强制措施");
        assertThat(get("/powers").body()).contains("行政强制措施");
        assertThat(get(POWER_1, "If-None-Match", moved).statusCode()).isEqualTo(304);
    }

    @Test
    @Order(3)
    void shouldComputeAPageOnceForRequestsThatComeTogether() throws Exception {
        String path = "/id/list/yulin-secrecy-bureau/power/4?together=" + System.nanoTime();
        long before = cache.computations();
        int clients = 8;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return get(path);
                }));
            }
            start.countDown();
            List<String> bodies = new ArrayList<>();
            for (Future<HttpResponse<String>> a : answers) {
                HttpResponse<String> r = a.get();
                assertThat(r.statusCode()).isEqualTo(200);
                bodies.add(r.body());
            }
            assertThat(bodies).allSatisfy(b -> assertThat(b).contains("对泄密案件的调查处理"));
            assertThat(cache.computations() - before).as("eight requests at once, one computation").isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(get(path).statusCode()).isEqualTo(200);
        assertThat(cache.computations() - before).as("and kept for the next").isEqualTo(1);
    }

    @Test
    @Order(4)
    void shouldNeverKeepTheAdministrationOrAnError() throws Exception {
        HttpResponse<String> admin = get("/admin");
        assertThat(admin.headers().firstValue("Cache-Control")).hasValue("no-store");
        long before = cache.computations();
        assertThat(get("/id/list/nowhere").statusCode()).isEqualTo(404);
        assertThat(get("/id/list/nowhere").statusCode()).isEqualTo(404);
        assertThat(get("/id/list/nowhere").headers().firstValue("ETag")).as("an error carries no entity tag").isEmpty();
        assertThat(cache.computations() - before).as("each 404 computed, none kept").isEqualTo(3);
    }
}
