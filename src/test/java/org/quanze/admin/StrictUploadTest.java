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
import org.junit.jupiter.api.Test;
import org.quanze.ServerOnFreshStore;
import org.quanze.store.GraphStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * {@code quanze.admin.strict-upload=true}: an uploaded list with a slip is refused, in its preview
 * already, each slip named with its file, sheet, row and column, and confirming it writes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"quanze.admin.username=curator", "quanze.admin.password=s3cret-for-tests",
                "quanze.admin.strict-upload=true", "quanze.load-bundled-data=false"})
class StrictUploadTest extends ServerOnFreshStore {

    @Autowired
    GraphStore store;

    @Test
    void shouldRefuseAnUploadWithASlipNamingItAndWriteNothing() throws Exception {
        long before = store.size();
        byte[] defense = Files.readAllBytes(Path.of("data/lists/karamay/defense-mobilization-office-2024.xlsx"));
        JsonNode preview = new ObjectMapper().readTree(upload("defense-mobilization-office-2024.xlsx", defense).body());
        assertThat(preview.get("acceptable").asBoolean()).isFalse();
        assertThat(preview.get("check").get("files").get(0).get("error").asText())
                .startsWith("defense-mobilization-office-2024.xlsx: refused by a strict load: 1 slip")
                .contains("defense-mobilization-office-2024.xlsx, sheet \"行政处罚（5项）\", row 7, column 5: 《新疆维吾尔自治区实施");
        HttpResponse<String> confirmed = http.send(request("/admin/api/uploads/" + preview.get("id").asText() + "/confirm")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(confirmed.statusCode()).isEqualTo(422);
        assertThat(store.size()).isEqualTo(before);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString("curator:s3cret-for-tests".getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> upload(String name, byte[] content) throws Exception {
        return http.send(FileUpload.post(request("/admin/api/uploads"), name, "application/octet-stream", content).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
