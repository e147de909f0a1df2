package org.quanze;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.quanze.bench.Isql;
import org.quanze.store.RemoteEndpoints;
import org.quanze.store.TextSearch;

/**
 * A real Virtuoso Open Source (Debian's {@code virtuoso-opensource}) started as a separate process
 * with its own database and the profile of {@code src/test/resources/testing/virtuoso/virtuoso.ini}
 * in a temporary folder, listening on 127.0.0.1 on free ports, with the grants of the README's
 * Virtuoso profile. Where Virtuoso is not installed the calling test is skipped with a loud
 * message, unless the build runs with {@code -Dvirtuoso.required=true} (CI does): then it fails.
 */
public final class StandaloneVirtuoso implements AutoCloseable {

    static final Path SERVER = Path.of("/usr/bin/virtuoso-t");
    static final Path ISQL = Path.of("/usr/bin/isql-vt");
    private static final Path PROFILE = Path.of("src/test/resources/testing/virtuoso/virtuoso.ini");
    /**
     * The SPARQL user (anonymous requests to /sparql and /sparql-graph-crud) may update, and may
     * write every graph; every literal is indexed for free-text search, and the SPARQL user may run the indexer:
     * the profile the README gives for a Virtuoso on 127.0.0.1.
     */
    private static final String UPDATES = "GRANT SPARQL_UPDATE TO \"SPARQL\"; DB.DBA.RDF_DEFAULT_USER_PERMS_SET('nobody', 7);";
    private static final String TEXT_INDEX = "DB.DBA.RDF_OBJ_FT_RULE_ADD(null, null, 'index_local'); "
            + "GRANT EXECUTE ON DB.DBA.VT_INC_INDEX_DB_DBA_RDF_OBJ TO \"SPARQL\"; "
            + "GRANT EXECUTE ON DB.DBA.VT_BATCH_REAL_PROCESS_1_DB_DBA_RDF_OBJ TO \"SPARQL\";";
    private final Process process;
    private final Path dir;
    private final int sqlPort;
    private final int httpPort;

    private StandaloneVirtuoso(Process process, Path dir, int sqlPort, int httpPort) {
        this.process = process;
        this.dir = dir;
        this.sqlPort = sqlPort;
        this.httpPort = httpPort;
    }

    /** Starts Virtuoso in {@code dir}, or skips (fails, when required) the calling test when it is not installed. */
    public static StandaloneVirtuoso start(Path dir) throws IOException, InterruptedException {
        return start(dir, UPDATES + " " + TEXT_INDEX);
    }

    /** The same with the grants for updates only: no right to run the free-text indexer. */
    public static StandaloneVirtuoso startWithoutTextIndex(Path dir) throws IOException, InterruptedException {
        return start(dir, UPDATES);
    }

    private static StandaloneVirtuoso start(Path dir, String grants) throws IOException, InterruptedException {
        requireInstalled();
        int sqlPort = ChildProcesses.freePort();
        int httpPort = ChildProcesses.freePort();
        String ini = Files.readString(PROFILE).replace("${SQL_PORT}", Integer.toString(sqlPort))
                .replace("${HTTP_PORT}", Integer.toString(httpPort));
        Files.writeString(dir.resolve("virtuoso.ini"), ini);
        Process process = new ProcessBuilder(SERVER.toString(), "+foreground", "+configfile", "virtuoso.ini")
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("server.log").toFile()).start();
        StandaloneVirtuoso virtuoso = new StandaloneVirtuoso(process, dir, sqlPort, httpPort);
        try {
            virtuoso.awaitReady();
            virtuoso.sql(grants);
        } catch (IOException | RuntimeException e) {
            virtuoso.close();
            throw e;
        }
        return virtuoso;
    }

    /** Skips the calling test (fails it, when required) where Virtuoso is not installed. */
    public static void requireInstalled() {
        if (!Files.isExecutable(SERVER) || !Files.isExecutable(ISQL)) {
            String message = "VIRTUOSO TESTS NEED VIRTUOSO: install it with 'apt-get install -y virtuoso-opensource' ("
                    + SERVER + ", " + ISQL + " missing)";
            if (Boolean.getBoolean("virtuoso.required")) {
                Assertions.fail(message);
            }
            System.err.println("*** SKIPPED: " + message);
            Assumptions.abort(message);
        }
    }

    /**
     * Virtuoso's endpoints: /sparql for queries and updates, /sparql-graph-crud for the Graph Store Protocol; its
     * free-text index searched (and kept up to each load).
     */
    public RemoteEndpoints endpoints() {
        String base = baseUrl();
        return new RemoteEndpoints(URI.create(base + "/sparql"), URI.create(base + "/sparql"),
                URI.create(base + "/sparql-graph-crud")).withTextSearch(TextSearch.VIRTUOSO);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    /** Runs SQL as the database administrator (the default dba password of a new database). */
    public String sql(String statements) {
        return new Isql(ISQL.toString(), "127.0.0.1:" + sqlPort, "dba").run(statements);
    }

    private void awaitReady() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        URI ask = URI.create(baseUrl() + "/sparql?query=ASK%7B%7D");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Virtuoso stopped: " + log());
            }
            try {
                if (http.send(HttpRequest.newBuilder(ask).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("Virtuoso did not answer within 60 s: " + log());
    }

    private String log() throws IOException {
        return Files.readString(dir.resolve("server.log"));
    }


    @Override
    public void close() {
        ChildProcesses.stop(process, Duration.ofSeconds(20));
    }
}
