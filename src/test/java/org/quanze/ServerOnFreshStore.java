package org.quanze;

import java.net.http.HttpClient;
import java.nio.file.Path;
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
}
