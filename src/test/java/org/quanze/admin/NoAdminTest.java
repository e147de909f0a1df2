package org.quanze.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.quanze.ServerOnFreshStore;
import org.springframework.boot.test.context.SpringBootTest;

/** Without configured credentials there is no administration at all. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "quanze.load-bundled-data=false")
class NoAdminTest extends ServerOnFreshStore {

    @Test
    void shouldHaveNoAdminRoutesWhenNoCredentialsAreConfigured() throws Exception {
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
