package org.quanze.admin;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.quanze.load.FileReport;
import org.quanze.load.LoadReport;
import org.quanze.web.PageQueries;
import org.quanze.web.linkeddata.NotFoundException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The administration as a JSON API for scripts (HTTP Basic): the same actions as the pages. */
@RestController
@RequestMapping("/admin/api")
@ConditionalOnProperty(prefix = "quanze.admin", name = {"username", "password"})
record AdminApiController(Administration admin, PageQueries queries) {

    /** A change of the log as the API gives it: what the page shows, without the change's IRI. */
    record Change(String when, String kind, String actor, String file, String sha256, String graph) {
        static Change of(ChangeRow r) {
            return new Change(r.when(), r.kind(), r.actor(), r.file(), r.sha256(), r.graph());
        }
    }

    /** A load's outcome as JSON: per file, and whether it was written. */
    record Outcome(boolean written, String refusal, List<FileReport> files) {
        static Outcome of(LoadReport r) {
            return new Outcome(r.written(), r.refusal(), r.files());
        }
    }

    /** A staged upload's id, the check of it, and what it would change. */
    record Staged(String id, String file, boolean acceptable, Outcome check, List<ChangePreview.GraphChange> changes) {
    }

    @PostMapping("/uploads")
    Staged upload(@RequestParam("file") MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            var p = admin.stage(file.getOriginalFilename(), in);
            return new Staged(p.upload().id(), p.upload().fileName(), p.acceptable(), Outcome.of(p.report()), p.changes());
        }
    }

    @PostMapping("/uploads/{id}/confirm")
    ResponseEntity<Outcome> confirm(@PathVariable String id, Principal who) {
        var preview = admin.find(id).orElseThrow(() -> new NotFoundException("upload " + id));
        LoadReport report = admin.confirm(preview.upload(), who.getName());
        return ResponseEntity.status(report.hasFailures() ? 422 : 200).body(Outcome.of(report));
    }

    @PostMapping("/reload")
    ResponseEntity<Outcome> reload(Principal who) {
        LoadReport report = admin.reload(who.getName());
        return ResponseEntity.status(report.hasFailures() ? 422 : 200).body(Outcome.of(report));
    }

    @PostMapping("/backups")
    Map<String, String> backup() {
        return Map.of("backup", admin.backup());
    }

    @GetMapping("/changes")
    List<Change> changes() {
        return queries.list("admin-changes", Map.of(), ChangeRow.class).stream().map(Change::of).toList();
    }

    @org.springframework.web.bind.annotation.ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> refused(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
    }

    @GetMapping("/backups")
    List<String> backups() {
        return admin.backups();
    }

    @PostMapping("/backups/{name}/restore")
    Map<String, String> restore(@PathVariable String name, Principal who) {
        admin.backupFile(name).orElseThrow(() -> new NotFoundException("backup " + name));
        admin.restore(name, who.getName());
        return Map.of("restored", name);
    }
}
