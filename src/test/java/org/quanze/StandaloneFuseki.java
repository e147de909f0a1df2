package org.quanze;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real standalone Fuseki server ({@code jena-fuseki-server}, copied into target/fuseki by the
 * build) started as a separate process on 127.0.0.1 with an in-memory TDB2 dataset at /ds.
 */
public final class StandaloneFuseki implements AutoCloseable {

    private final Process process;
    private final int port;

    private StandaloneFuseki(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static StandaloneFuseki start(Path workDir) throws IOException, InterruptedException {
        String jar = System.getProperty("fuseki.jar", "target/fuseki/jena-fuseki-server.jar");
        if (!Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("the standalone Fuseki jar is missing at " + jar
                    + ": run the tests through Maven (mvn verify copies it from Maven Central)");
        }
        int port = ChildProcesses.freePort();
        Path config = Path.of("src/test/resources/testing/fuseki/config.ttl").toAbsolutePath();
        Process process = new ProcessBuilder("java", "-Xmx1g", "-jar", Path.of(jar).toAbsolutePath().toString(),
                "--localhost", "--port", Integer.toString(port), "--config", config.toString())
                .directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(workDir.resolve("fuseki.log").toFile()).start();
        StandaloneFuseki fuseki = new StandaloneFuseki(process, port);
        fuseki.awaitReady(workDir);
        return fuseki;
    }

    /** The dataset URL: its endpoints are /sparql, /update and /data under it. */
    public String datasetUrl() {
        return "http://127.0.0.1:" + port + "/ds";
    }

    private void awaitReady(Path workDir) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Fuseki stopped: " + Files.readString(workDir.resolve("fuseki.log")));
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/$/ping"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        close();
        throw new IllegalStateException("Fuseki did not start within 60 s: " + Files.readString(workDir.resolve("fuseki.log")));
    }


    @Override
    public void close() {
        ChildProcesses.stop(process, Duration.ofSeconds(10));
    }
}
