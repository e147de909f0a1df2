package org.quanze.web.impact;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** CSV and JSON downloads of a report, named after what they hold. */
final class Downloads {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private Downloads() {
    }

    static ResponseEntity<String> csv(String name, String body) {
        return file(name + ".csv", CSV, body);
    }

    static ResponseEntity<String> json(String name, String body) {
        return file(name + ".json", new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8), body);
    }

    private static ResponseEntity<String> file(String fileName, MediaType type, String body) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
