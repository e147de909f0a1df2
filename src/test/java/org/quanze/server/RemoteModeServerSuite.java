package org.quanze.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.quanze.StandaloneFuseki;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole server switched to a remote store by one setting: it loads into Fuseki and answers from it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RemoteModeServerTest {

    private static StandaloneFuseki fuseki;

    @DynamicPropertySource
    static void remote(DynamicPropertyRegistry registry) throws Exception {
        fuseki = StandaloneFuseki.start(Files.createTempDirectory("fuseki"));
        registry.add("quanze.store.mode", () -> "remote");
        registry.add("quanze.store.remote.url", fuseki::datasetUrl);
    }

    @AfterAll
    static void stop() {
        fuseki.close();
    }

    @LocalServerPort
    int port;

    @Test
    void shouldLoadTheBundledDataIntoTheRemoteStoreAndAnswerFromIt() throws Exception {
        String query = "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?c <http://www.w3.org/2000/01/rdf-schema#label> \"责任事项\"@zh . ?d a ?c }";
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> viaApp = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(viaApp.body().strip()).isEqualTo("n\r\n959");
        HttpResponse<String> direct = http.send(HttpRequest.newBuilder(URI.create(fuseki.datasetUrl() + "/sparql?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(direct.body().strip()).isEqualTo("n\r\n959");
        HttpResponse<String> update = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql"))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString("DROP ALL")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(update.statusCode()).isEqualTo(415);
    }

    @Test
    void shouldSearchTheRemoteStoreByTheWordsAsWrittenInOneListAndGoToANamedArticle() throws Exception {
        String fire = "https://w3id.org/quanze/id/list/fire-supervision-2025";
        String count = "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { <" + fire + "> <https://w3id.org/quanze/ontology#hasPower> ?p . "
                + "{ ?p <https://w3id.org/quanze/ontology#hasBasis> ?c } UNION { ?p <https://w3id.org/quanze/ontology#hasDuty>/"
                + "<https://w3id.org/quanze/ontology#hasBasis> ?c } UNION { ?p <https://w3id.org/quanze/ontology#hasAccountabilityCase>/"
                + "<https://w3id.org/quanze/ontology#hasBasis> ?c } UNION { ?p <https://w3id.org/quanze/ontology#dutiesBasis>|"
                + "<https://w3id.org/quanze/ontology#casesBasis> ?c } "
                + "?c <https://w3id.org/quanze/ontology#quotedText> ?t FILTER(CONTAINS(?t, \"罚款\")) }";
        HttpClient http = HttpClient.newHttpClient();
        String quoted = http.send(HttpRequest.newBuilder(URI.create(fuseki.datasetUrl() + "/sparql?query="
                + URLEncoder.encode(count, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString()).body().strip().split("\r\n")[1];

        HttpResponse<String> search = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/search?lang=zh&q="
                + URLEncoder.encode("罚款", StandardCharsets.UTF_8) + "&list=" + URLEncoder.encode(fire, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(Integer.parseInt(quoted)).isGreaterThan(30);
        assertThat(search.body()).contains("所引法条原文（" + quoted + "）").contains("远程存储没有全文索引");

        HttpResponse<String> article = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/search?q="
                + URLEncoder.encode("消防法第五十八条", StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(article.statusCode()).isEqualTo(303);
        assertThat(article.headers().firstValue("Location").orElseThrow()).endsWith("/2021-04-29/article/58");
    }

    /**
     * The pages of the law library answer from Fuseki as they do from the embedded store (the same figures as
     * ImpactPagesTest and PagesTest): the share checked per list, a power's article with its official text, the
     * texts wanted, and the impact report of 统计法 over the 统计局 list.
     */
    @Test
    void shouldShowTheLibrarysTextsFromTheRemoteStore() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        java.util.function.Function<String, org.jsoup.nodes.Document> page = path -> {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(path).isEqualTo(200);
                return org.jsoup.Jsoup.parse(r.body());
            } catch (java.io.IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        };
        assertThat(page.apply("/health?lang=zh").select("#coverage-total td").eachText())
                .containsExactly("1913", "1390", "72.7%", "1297", "93", "17", "116", "407");
        assertThat(page.apply("/id/list/archives-bureau-2024/power/10?lang=zh").select("#duties-basis .citation").first()
                .select("blockquote.official .law-text").text()).startsWith("行政机关对申请人提出的行政许可申请，应当根据下列情况分别作出处理：");
        assertThat(page.apply("/laws?lang=zh").select("#wanted tbody tr")).hasSize(65);
        org.jsoup.nodes.Document impact = page.apply("/impact?document=%E7%BB%9F%E8%AE%A1%E6%B3%95&from=2009&to=2024&list="
                + URLEncoder.encode("https://w3id.org/quanze/id/list/statistics-bureau-2025", StandardCharsets.UTF_8));
        assertThat(impact.select("#by-power li.impact-row")).hasSize(10);
        assertThat(impact.select("#total-amended td").first().text()).isEqualTo("8");
        assertThat(impact.select("#total-renumbered td").first().text()).isEqualTo("2");
    }
}
