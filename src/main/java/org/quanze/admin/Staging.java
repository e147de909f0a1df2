package org.quanze.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Uploaded files wait here, checked but not loaded, until the administrator confirms them. Each
 * upload has its own folder named by a random id; the file keeps its own name, which may only be a
 * plain file name (no folder, no "..").
 */
class Staging {

    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern FILE_NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._()（）-]{0,199}");

    private final Path folder;

    Staging(Path folder) {
        this.folder = folder;
    }

    /** A staged upload: its id and its file. */
    record Upload(String id, Path file) {
        String fileName() {
            return file.getFileName().toString();
        }
    }

    /** The name as a safe file name, or an exception saying why it is refused. */
    static String safeName(String original) {
        String name = original == null ? "" : original.strip();
        if (!FILE_NAME.matcher(name).matches() || name.contains("..")) {
            throw new IllegalArgumentException("not an acceptable file name: \"" + name
                    + "\" (letters, digits, spaces and . _ - ( ) only, no folders)");
        }
        return name;
    }

    Upload stage(String originalName, InputStream content) {
        String name = safeName(originalName);
        String id = UUID.randomUUID().toString();
        try {
            Path dir = Files.createDirectories(folder.resolve(id));
            Path file = dir.resolve(name);
            Files.copy(content, file);
            return new Upload(id, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage the upload", e);
        }
    }

    Optional<Upload> find(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            return Optional.empty();
        }
        Path dir = folder.resolve(id);
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.findFirst().map(f -> new Upload(id, f));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void discard(Upload upload) {
        try {
            Files.deleteIfExists(upload.file());
            Files.deleteIfExists(upload.file().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
