package org.quanze.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One store folder for all web tests of a JVM, so that they share one Spring context (started
 * once, loading the bundled data once); and a folder of its own for tests whose server must be
 * started otherwise (their context cannot be the shared one).
 */
public final class WebTestStore {

    private static final Path FOLDER = folder("quanze-web-store");

    private WebTestStore() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        register(registry, FOLDER);
    }

    /** The server's store in {@code folder} (made by {@link #folder}). */
    public static void register(DynamicPropertyRegistry registry, Path folder) {
        registry.add("quanze.store.path", () -> folder.resolve("store").toString());
    }

    /** A new temporary folder for a store, its name starting with {@code prefix}. */
    public static Path folder(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
