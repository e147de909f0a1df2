package org.quanze.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quanze.Fixtures;
import org.quanze.store.Tdb2Store;

/**
 * SIGTERM to a serving Quanze while a SPARQL query is running: the query is answered in full
 * (the web server drains before the SPARQL engine behind it stops), no new request is taken, and
 * the process ends on its own with the store closed — the next process opens it at once.
 */
class GracefulShutdownTest {

    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A query that needs no data and takes seconds: four VALUES blocks of 70 values, counted. */
    private static String slowQuery() {
        String values = IntStream.range(0, 70).mapToObj(Integer::toString).collect(Collectors.joining(" "));
        return "SELECT (COUNT(*) AS ?n) WHERE { VALUES ?a { " + values + " } VALUES ?b { " + values + " } "
                + "VALUES ?c { " + values + " } VALUES ?d { " + values + " } }";
    }

    @Test
    void shouldAnswerTheRunningQueryThenStop() throws Exception {
        Path store = dir.resolve("store");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), "org.quanze.Main", "serve", "--store=" + store,
                "--server.port=0", "--quanze.load-bundled-data=false", "--quanze.sparql.timeout=120s"));
        Path logFile = dir.resolve("server.log");
        Process server = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
        try {
            String base = "http://127.0.0.1:" + port(logFile, server);

            CompletableFuture<HttpResponse<String>> running = http.sendAsync(HttpRequest.newBuilder(URI.create(base
                            + "/sparql?query=" + URLEncoder.encode(slowQuery(), StandardCharsets.UTF_8)))
                            .header("Accept", "text/csv").timeout(Duration.ofSeconds(150)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Thread.sleep(1000);
            assertThat(running).as("the query is still running when the server is told to stop").isNotDone();
            server.destroy(); // SIGTERM
            waitFor(logFile, "Commencing graceful shutdown", 30);
            Throwable refused = catchThrowable(() -> http.send(HttpRequest.newBuilder(URI.create(base + "/lists"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()));
            assertThat(running).as("the query is still running while the server drains").isNotDone();

            HttpResponse<String> answer = running.get(150, TimeUnit.SECONDS);
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body().lines().toList()).containsExactly("n", Integer.toString(70 * 70 * 70 * 70));
            assertThat(refused).as("no new request is taken while draining").isInstanceOf(IOException.class);
            assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("the server stops on its own").isTrue();
            assertThat(Files.readString(logFile)).contains("Graceful shutdown complete");
            try (Tdb2Store reopened = Tdb2Store.open(store, Fixtures.IRIS.derivedGraph(), Fixtures.ontology())) {
                assertThat(reopened.size()).isZero();
            }
        } finally {
            server.destroyForcibly();
        }
    }

    /** The port the server listens on, from its log. */
    private static int port(Path log, Process server) throws Exception {
        for (int i = 0; i < 900; i++) {
            Matcher m = PORT.matcher(read(log));
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
            assertThat(server.isAlive()).as("the server stopped before it listened:\n%s", read(log)).isTrue();
            Thread.sleep(100);
        }
        throw new AssertionError("the server did not listen within 90 s:\n" + read(log));
    }

    private static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    private static void waitFor(Path log, String text, int seconds) throws Exception {
        for (int i = 0; i < seconds * 10 && !read(log).contains(text); i++) {
            Thread.sleep(100);
        }
        assertThat(read(log)).contains(text);
    }
}
