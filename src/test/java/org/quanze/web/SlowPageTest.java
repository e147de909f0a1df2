package org.quanze.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.quanze.ServerOnFreshStore;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A page whose query runs past {@code quanze.pages.query-timeout} is cancelled and answered with
 * 503 and a page that says so, in both languages; the server goes on answering.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"quanze.load-bundled-data=false", "quanze.pages.query-timeout=300ms"})
class SlowPageTest extends ServerOnFreshStore {

    /** Needs no data and takes many minutes: five VALUES blocks of 70 values, counted. */
    private static final Query SLOW;

    static {
        String values = IntStream.range(0, 70).mapToObj(Integer::toString).collect(Collectors.joining(" "));
        SLOW = QueryFactory.create("SELECT (COUNT(*) AS ?n) WHERE { VALUES ?a { " + values + " } VALUES ?b { "
                + values + " } VALUES ?c { " + values + " } VALUES ?d { " + values + " } VALUES ?e { " + values + " } }");
    }

    /** A page that runs the slow query through the page queries, as every page runs its own. */
    @TestConfiguration
    static class SlowPage {
        @Controller
        static class SlowController {
            private final PageQueries queries;

            SlowController(PageQueries queries) {
                this.queries = queries;
            }

            @GetMapping("/test-slow-page")
            String slow() {
                queries.rows(SLOW);
                return "home";
            }

            /** As the impact, health and point-in-time pages read the store. */
            @GetMapping("/test-slow-impact-page")
            String slowImpact() {
                queries.reader().select(SLOW);
                return "home";
            }
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .timeout(java.time.Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shouldAnswer503WithAPageThatSaysTheQueryTimedOut() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> zh = get("/test-slow-page");
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(zh.statusCode()).isEqualTo(503);
        assertThat(zh.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(zh.body()).contains("该页面的查询超时").contains("href=\"/search\"");
        assertThat(millis).as("cancelled near the timeout, not after the seconds the query needs").isLessThan(5000);

        HttpResponse<String> en = get("/test-slow-page?lang=en");
        assertThat(en.statusCode()).isEqualTo(503);
        assertThat(en.body()).contains("The query behind this page timed out");

        assertThat(get("/").statusCode()).as("the server goes on answering").isEqualTo(200);
    }

    @Test
    void shouldCancelTheQueriesOfTheImpactPagesToo() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = get("/test-slow-impact-page");
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.body()).contains("该页面的查询超时");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5000);
    }
}
