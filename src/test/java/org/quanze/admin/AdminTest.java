package org.quanze.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.quanze.ServerOnFreshStore;
import org.quanze.store.GraphStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The administration behind credentials: without them 401, a write on a public route 4xx, and
 * with them an upload is checked, shows what it would change, and is written only when confirmed,
 * the change recorded in the graph.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"quanze.admin.username=curator", "quanze.admin.password=s3cret-for-tests"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminTest extends ServerOnFreshStore {

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("quanze.admin.backup-folder", () -> dir.resolve("elsewhere/backups").toString());
    }

    @Autowired
    GraphStore store;

    private final ObjectMapper json = new ObjectMapper();

    private HttpRequest.Builder request(String path, String user, String password) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                    .getBytes(StandardCharsets.UTF_8)));
        }
        return b;
    }

    private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> upload(String name, byte[] content, String user, String password) throws Exception {
        return send(FileUpload.post(request("/admin/api/uploads", user, password), name, "text/plain", content));
    }

    @Test
    @Order(1)
    void shouldRefuseEveryAdminActionWithoutTheCredentials() throws Exception {
        assertThat(send(request("/admin", null, null)).statusCode()).isEqualTo(401);
        assertThat(send(request("/admin", "curator", "wrong")).statusCode()).isEqualTo(401);
        assertThat(send(request("/admin/api/reload", null, null).POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(401);
        assertThat(send(request("/admin/api/backups", null, null).POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(401);
        assertThat(upload("x.txt", "x".getBytes(StandardCharsets.UTF_8), null, null).statusCode()).isEqualTo(401);
        assertThat(send(request("/admin", "curator", "s3cret-for-tests")).statusCode()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void shouldRefuseAFormPostWithoutItsCsrfToken() throws Exception {
        HttpResponse<String> r = send(request("/admin/reload", "curator", "s3cret-for-tests").POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(r.statusCode()).isEqualTo(403);
    }

    @Test
    @Order(2)
    void shouldRefuseAnApiCallABrowserMarksAsSentFromAnotherSite() throws Exception {
        // A form on another site, posted by a browser that remembers the admin's Basic credentials.
        for (String site : new String[] {"cross-site", "same-site"}) {
            HttpResponse<String> r = send(request("/admin/api/backups", "curator", "s3cret-for-tests")
                    .header("Sec-Fetch-Site", site).POST(HttpRequest.BodyPublishers.noBody()));
            assertThat(r.statusCode()).as(site).isEqualTo(403);
        }
        assertThat(send(request("/admin/api/backups", "curator", "s3cret-for-tests").header("Sec-Fetch-Site", "same-origin"))
                .statusCode()).isEqualTo(200);
    }

    @Test
    @Order(3)
    void shouldRefuseWritesOnThePublicRoutes() throws Exception {
        long before = store.size();
        for (String path : new String[] {"/", "/powers", "/id/list/yulin-secrecy-bureau/power/1", "/search"}) {
            for (String method : new String[] {"PUT", "DELETE", "POST"}) {
                HttpResponse<String> r = send(request(path, null, null).method(method, HttpRequest.BodyPublishers.ofString("x")));
                assertThat(r.statusCode()).as("%s %s", method, path).isBetween(400, 499);
            }
        }
        assertThat(store.size()).isEqualTo(before);
    }

    @Test
    @Order(4)
    void shouldCheckAnUploadShowWhatWouldChangeAndWriteOnlyWhenConfirmed() throws Exception {
        String list = Files.readString(Path.of("data/lists/yulin-secrecy-bureau.txt"));
        byte[] edited = list.replace("对保密工作的监督检查", "对保密工作的监督和检查").getBytes(StandardCharsets.UTF_8);
        long before = store.size();
        HttpResponse<String> staged = upload("yulin-secrecy-bureau.txt", edited, "curator", "s3cret-for-tests");
        assertThat(staged.statusCode()).as(staged.body()).isEqualTo(200);
        JsonNode preview = json.readTree(staged.body());
        assertThat(preview.get("acceptable").asBoolean()).isTrue();
        JsonNode change = preview.get("changes").get(0);
        assertThat(change.get("kind").asText()).isEqualTo("powers");
        assertThat(change.get("changed").toString()).isEqualTo("[\"3\"]");
        assertThat(change.get("unchanged").asInt()).isEqualTo(5);
        assertThat(store.size()).as("nothing is written before the confirmation").isEqualTo(before);

        String id = preview.get("id").asText();
        HttpResponse<String> confirmed = send(request("/admin/api/uploads/" + id + "/confirm", "curator", "s3cret-for-tests")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        assertThat(json.readTree(confirmed.body()).get("written").asBoolean()).isTrue();
        HttpResponse<String> changes = send(request("/admin/api/changes", "curator", "s3cret-for-tests"));
        JsonNode last = json.readTree(changes.body()).get(0);
        assertThat(last.get("actor").asText()).isEqualTo("curator");
        assertThat(last.get("kind").asText()).isEqualTo("load");
        assertThat(last.get("file").asText()).isEqualTo("yulin-secrecy-bureau.txt");
        assertThat(last.get("sha256").asText()).hasSize(64);
        org.jsoup.nodes.Element row = org.jsoup.Jsoup.parse(send(request("/admin", "curator", "s3cret-for-tests")).body())
                .select("#changes tbody tr").first();
        assertThat(row.select("td").eachText()).startsWith(last.get("when").asText().substring(0, 19).replace('T', ' ') + " UTC",
                "load", "curator");
        HttpResponse<String> query = send(request("/sparql?query=" + java.net.URLEncoder.encode(
                "SELECT ?n WHERE { ?p <https://w3id.org/quanze/ontology#name> ?n FILTER(CONTAINS(?n, \"监督和检查\")) }",
                StandardCharsets.UTF_8), null, null).header("Accept", "text/csv"));
        assertThat(query.body()).contains("对保密工作的监督和检查");
    }

    @Test
    @Order(5)
    void shouldRefuseABrokenUploadAndWriteNothing() throws Exception {
        long before = store.size();
        String list = Files.readString(Path.of("data/lists/yulin-secrecy-bureau.txt"));
        HttpResponse<String> staged = upload("yulin-secrecy-bureau.txt",
                list.substring(0, list.indexOf("第一章第七条：泄密案件查处实行分级办理")).getBytes(StandardCharsets.UTF_8),
                "curator", "s3cret-for-tests");
        JsonNode preview = json.readTree(staged.body());
        assertThat(preview.get("acceptable").asBoolean()).isFalse();
        assertThat(preview.get("check").get("files").get(0).get("error").asText()).contains("row 6, column 8")
                .contains("cut off");
        HttpResponse<String> confirmed = send(request("/admin/api/uploads/" + preview.get("id").asText() + "/confirm",
                "curator", "s3cret-for-tests").POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(confirmed.statusCode()).isEqualTo(422);
        assertThat(store.size()).isEqualTo(before);
    }

    @Test
    @Order(6)
    void shouldRefuseFileNamesThatTryToLeaveTheirFolder() throws Exception {
        for (String name : new String[] {"../../evil.txt", "..\\\\evil.txt", "a/b.txt", ".hidden.txt"}) {
            HttpResponse<String> r = upload(name, "x".getBytes(StandardCharsets.UTF_8), "curator", "s3cret-for-tests");
            assertThat(r.statusCode()).as(name).isEqualTo(400);
        }
        assertThat(send(request("/admin/backups/..%2F..%2Fetc%2Fpasswd", "curator", "s3cret-for-tests")).statusCode())
                .isBetween(400, 404);
        assertThat(send(request("/admin/api/uploads/../../x/confirm", "curator", "s3cret-for-tests")
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isBetween(400, 404);
    }

    @Test
    @Order(7)
    void shouldRefuseAnOversizedUploadWith413() throws Exception {
        byte[] big = new byte[21 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'x');
        HttpResponse<String> r = upload("big.txt", big, "curator", "s3cret-for-tests");
        assertThat(r.statusCode()).isEqualTo(413);
    }

    @Test
    @Order(8)
    void shouldBackUpAndRestoreAndRecordTheRestore() throws Exception {
        HttpResponse<String> created = send(request("/admin/api/backups", "curator", "s3cret-for-tests").POST(HttpRequest.BodyPublishers.noBody()));
        String name = json.readTree(created.body()).get("backup").asText();
        assertThat(dir.resolve("elsewhere/backups").resolve(name)).as("written to the configured folder").isRegularFile();
        assertThat(dir.resolve("store/backups")).doesNotExist();
        long before = store.size();
        HttpResponse<String> restored = send(request("/admin/api/backups/" + name + "/restore", "curator", "s3cret-for-tests")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
        assertThat(store.size()).isGreaterThanOrEqualTo(before);
        JsonNode last = json.readTree(send(request("/admin/api/changes", "curator", "s3cret-for-tests")).body()).get(0);
        assertThat(last.get("kind").asText()).isEqualTo("restore");
        assertThat(last.get("file").asText()).isEqualTo(name);
    }
}
