package org.quanze.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.quanze.load.ChangeLog;
import org.quanze.load.LoadListener;
import org.quanze.load.LoadOptions;
import org.quanze.load.LoadReport;
import org.quanze.load.Loader;
import org.quanze.load.Source;
import org.quanze.load.SourceKind;
import org.quanze.store.Backups;
import org.quanze.store.GraphStore;

/**
 * What the administrator can do, shared by the pages and the API: stage an upload and see what it
 * would change, confirm or discard it, reload the bundled data, back up and restore.
 */
class Administration {

    private final GraphStore store;
    private final Loader loader;
    private final Staging staging;
    private final Backups backups;
    private final ChangeLog changeLog;
    /** Whether an upload with any slip is refused ({@code quanze.admin.strict-upload}). */
    private final boolean strict;

    Administration(GraphStore store, Loader loader, Staging staging, Backups backups, ChangeLog changeLog,
                   boolean strict) {
        this.store = store;
        this.loader = loader;
        this.staging = staging;
        this.backups = backups;
        this.changeLog = changeLog;
        this.strict = strict;
    }

    /** A staged upload checked in full (format, citations, shapes) and what it would change. */
    record Preview(Staging.Upload upload, LoadReport report, List<ChangePreview.GraphChange> changes) {
        boolean acceptable() {
            return !report.hasFailures();
        }
    }

    Preview stage(String fileName, InputStream content) {
        String name = Staging.safeName(fileName);
        if (SourceKind.of(name).isEmpty()) {
            throw new IllegalArgumentException("not a file Quanze reads: " + name);
        }
        Staging.Upload upload = staging.stage(name, content);
        return preview(upload);
    }

    Optional<Preview> find(String id) {
        return staging.find(id).map(this::preview);
    }

    private Preview preview(Staging.Upload upload) {
        LoadReport report = loader.check(sources(upload), LoadListener.NONE, LoadOptions.DEFAULT.strict(strict));
        return new Preview(upload, report, ChangePreview.of(report.graphs(), store));
    }

    /** Loads a staged upload (checked again: the store may have changed since) and removes it from staging. */
    LoadReport confirm(Staging.Upload upload, String actor) {
        LoadReport report = loader.load(sources(upload), LoadListener.NONE, new LoadOptions(false, actor).strict(strict));
        if (!report.hasFailures()) {
            staging.discard(upload);
        }
        return report;
    }

    void discard(Staging.Upload upload) {
        staging.discard(upload);
    }

    /** Reads and writes the bundled data again, even where unchanged. */
    LoadReport reload(String actor) {
        return loader.load(Source.bundled(), LoadListener.NONE, new LoadOptions(true, actor));
    }

    String backup() {
        return backups.create(store);
    }

    List<String> backups() {
        return backups.list();
    }

    Optional<java.nio.file.Path> backupFile(String name) {
        return backups.file(name);
    }

    /** Restores a backup kept by the server, then records the restore in the change log. */
    void restore(String name, String actor) {
        java.nio.file.Path file = backups.file(name).orElseThrow(() -> new IllegalArgumentException("no backup " + name));
        try (InputStream in = Files.newInputStream(file)) {
            store.replaceAll(Backups.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        store.apply(List.of(changeLog.record("restore", actor, name, null)));
    }

    private static List<Source> sources(Staging.Upload upload) {
        return Source.fromPaths(List.of(upload.file()));
    }
}
