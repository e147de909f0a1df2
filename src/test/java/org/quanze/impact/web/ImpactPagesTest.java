package org.quanze.impact.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The impact, health and point-in-time pages on the bundled data, over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImpactPagesTest {

    @TempDir
    static Path storeDir;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("quanze.store.path", () -> storeDir.resolve("store").toString());
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void shouldShowTheImpactOfThe2024LawOnTheList() throws Exception {
        HttpResponse<String> r = get("/impact?document=" + enc("保守国家秘密法") + "&from=2010&to=2024");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        Document page = Jsoup.parse(r.body());
        System.out.println("PAGE impact " + page.select("main").text().substring(0, 600));
        for (String path : new String[] {"/health", "/lists/point-in-time?date=2025-01-01", "/id/list/yulin-secrecy-bureau/power/6", "/health?lang=en", "/impact.csv?document=" + enc("保守国家秘密法") + "&from=2010&to=2024", "/health.json?kind=misquote", "/impact?document=nope"}) {
            HttpResponse<String> x = get(path);
            String text = path.contains(".csv") || path.contains(".json") ? x.body() : Jsoup.parse(x.body()).select("main").text();
            System.out.println("PAGE " + path + " " + x.statusCode() + " " + text.substring(0, Math.min(3000, text.length())));
        }
    }
}
