package org.quanze;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What a test of the running server (a {@code @SpringBootTest} on a random port) sets up: a store
 * of its own in a fresh folder, {@link #dir}, and a client. The server is closed after the class, so
 * that no later class is handed one whose folder is gone.
 */
@DirtiesContext
public abstract class ServerOnFreshStore {

    @TempDir
    protected static Path dir;

    @DynamicPropertySource
    static void freshStore(DynamicPropertyRegistry registry) {
        registry.add("quanze.store.path", () -> dir.resolve("store").toString());
    }

    @LocalServerPort
    protected int port;

    protected final HttpClient http = HttpClient.newHttpClient();

    /** A GET of the server's {@code path}, with the headers given as name, value, name, value…. */
    protected HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The page at {@code path}, parsed, once it answered 200. */
    protected Document page(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(r.body());
    }
}
