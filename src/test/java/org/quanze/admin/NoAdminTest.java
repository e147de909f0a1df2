package org.quanze.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Without configured credentials there is no administration at all. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "quanze.load-bundled-data=false")
class NoAdminTest {

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("quanze.store.path", () -> dir.resolve("store").toString());
    }

    @LocalServerPort
    int port;

    @Test
    void shouldHaveNoAdminRoutesWhenNoCredentialsAreConfigured() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : new String[] {"/admin", "/admin/api/changes"}) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Basic YWRtaW46YWRtaW4=").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(path).isEqualTo(404);
        }
        HttpResponse<String> reload = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/api/reload"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(reload.statusCode()).isBetween(400, 404);
        HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(home.body()).doesNotContain("href=\"/admin\"");
    }
}
