package org.quanze.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.quanze.QuanzeApplication;
import org.quanze.web.Browser;
import org.quanze.web.WebTestStore;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The first start, as a user meets it: the server answers before the bundled data is loaded (about
 * half a minute). Until the load is written, every page says so with 503 and reloads itself, and the
 * SPARQL endpoint says so as text; no page answers from the empty store (the impact report of the
 * Secrets Law said 404 "no such law" while the law was being loaded). Once loaded, the page the
 * user had open shows itself with the data, without the user doing anything.
 */
class FirstStartBrowserTest {

    @RegisterExtension
    static final Browser browser = Browser.perClass();

    private static final String IMPACT = "/impact?document=" + URLEncoder.encode("保守国家秘密法", StandardCharsets.UTF_8)
            + "&from=2010&to=2024";

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldSayTheDataIsLoadingUntilItIsThenShowThePage() throws Exception {
        Path folder = WebTestStore.folder("quanze-first-start");
        CompletableFuture<Integer> port = new CompletableFuture<>();
        SpringApplication app = new SpringApplicationBuilder(QuanzeApplication.class)
                .listeners((ApplicationListener<WebServerInitializedEvent>) e -> port.complete(e.getWebServer().getPort()))
                .build();
        ExecutorService starting = Executors.newSingleThreadExecutor();
        Future<ConfigurableApplicationContext> started = starting.submit(() -> app.run(
                // Arguments, not the builder's properties: those are defaults, below application.properties.
                "--server.port=0", "--quanze.store.path=" + folder.resolve("store")));
        ConfigurableApplicationContext context = null;
        try {
            String base = "http://localhost:" + port.get(3, TimeUnit.MINUTES);

            // Before the store is found empty the page says the server is starting (a moment); then that it loads.
            HttpResponse<String> home = get(base + "/?lang=en");
            while (Jsoup.parse(home.body()).select("h1").text().equals("The server is starting")) {
                assertThat(home.statusCode()).isEqualTo(503);
                Thread.sleep(50);
                home = get(base + "/?lang=en");
            }
            HttpResponse<String> sparql = get(base + "/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8));
            HttpResponse<String> readiness = get(base + "/actuator/health/readiness");
            browser.driver().get(base + "/lists");
            String heading = browser.driver().findElement(By.tagName("h1")).getText();
            browser.screenshot("first-start-loading");
            assertThat(started.isDone()).as("the bundled data still loading after the first requests").isFalse();

            assertThat(home.statusCode()).isEqualTo(503);
            assertThat(home.headers().firstValue("Retry-After")).contains("5");
            assertThat(home.headers().firstValue("Refresh")).contains("5");
            assertThat(home.headers().firstValue("Cache-Control").orElse("")).doesNotContain("max-age");
            assertThat(Jsoup.parse(home.body()).select("h1").text()).isEqualTo("First start: loading the bundled data");
            assertThat(Jsoup.parse(home.body()).select("[role=status]").text())
                    .matches("\\d+ seconds? in: (reading the files and building their graphs|.* writing them to the store).*");
            assertThat(sparql.statusCode()).isEqualTo(503);
            assertThat(sparql.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
            assertThat(sparql.body()).contains("loading its bundled data");
            assertThat(heading).isEqualTo("首次启动：正在载入随附数据");
            assertThat(readiness.statusCode()).as("readiness while loading").isEqualTo(503);

            // Until the load is written, the impact report is the loading page, never a report of the empty store.
            List<Integer> statuses = new ArrayList<>();
            while (!started.isDone()) {
                statuses.add(get(base + IMPACT).statusCode());
                Thread.sleep(100);
            }
            context = started.get();
            int answered = statuses.contains(200) ? statuses.indexOf(200) : statuses.size();
            assertThat(statuses.subList(0, answered)).as("the impact report while the data loaded")
                    .allMatch(s -> s == 503);
            assertThat(statuses.subList(answered, statuses.size())).as("once it answers, it answers")
                    .allMatch(s -> s == 200);
            HttpResponse<String> impact = get(base + IMPACT);
            assertThat(impact.statusCode()).isEqualTo(200);
            // The Yulin list's ten citations of the 2010 law, at least (ImpactPagesTest counts them one by one).
            assertThat(Jsoup.parse(impact.body()).select("#by-power .impact-row")).hasSizeGreaterThanOrEqualTo(10);

            // The page left open reloads itself (the Refresh header) and shows the lists once they are there.
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                    .until(ExpectedConditions.not(ExpectedConditions.textToBe(By.tagName("h1"), heading)));
            browser.screenshot("first-start-loaded");
            assertThat(browser.driver().getCurrentUrl()).isEqualTo(base + "/lists");
            assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("玉林市国家保密局");
        } finally {
            if (context == null && !started.isDone()) {
                context = started.get(3, TimeUnit.MINUTES);
            }
            if (context != null) {
                context.close();
            }
            starting.shutdownNow();
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
