package org.quanze.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One store folder for all web tests of a JVM, so that they share one Spring context (started
 * once, loading the bundled data once).
 */
public final class WebTestStore {

    private static final Path FOLDER;

    static {
        try {
            FOLDER = Files.createTempDirectory("quanze-web-store");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private WebTestStore() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        registry.add("quanze.store.path", () -> FOLDER.resolve("store").toString());
    }
}
