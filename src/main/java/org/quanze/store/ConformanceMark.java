package org.quanze.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Remembers which shapes the store was last found to conform to (their fingerprint), written
 * after each commit: a write may check only the nodes it can affect when the store conformed to
 * the same shapes before it. A commit is atomic and only follows a successful check, so a mark
 * never claims more than is true; no mark (a store written by an older version, a crash between
 * the commit and the mark, changed shapes) means the next write is checked in full.
 */
final class ConformanceMark {

    private final Path file;
    private String inMemory;

    private ConformanceMark(Path file) {
        this.file = file;
    }

    static ConformanceMark in(Path file) {
        return new ConformanceMark(file);
    }

    static ConformanceMark inMemory() {
        return new ConformanceMark(null);
    }

    boolean matches(String fingerprint) {
        if (file == null) {
            return fingerprint.equals(inMemory);
        }
        try {
            return Files.exists(file) && fingerprint.equals(Files.readString(file, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            return false;
        }
    }

    void set(String fingerprint) {
        inMemory = fingerprint;
        if (file == null) {
            return;
        }
        try {
            Files.writeString(file, fingerprint + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            // No mark written: the next write is checked in full.
            inMemory = null;
        }
    }
}
