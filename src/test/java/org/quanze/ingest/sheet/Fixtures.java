package org.quanze.ingest.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The files the tests read: the published Karamay lists and the small fixtures of testing/sheet/. */
final class Fixtures {

    static final Path KARAMAY = Path.of("data", "lists", "karamay");

    private Fixtures() {
    }

    static byte[] karamay(String fileName) {
        try {
            return Files.readAllBytes(KARAMAY.resolve(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/testing/sheet/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource testing/sheet/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The data lines of a TSV fixture, split at TABs (trailing empty fields kept); comments skipped. */
    static List<String[]> tsv(String name) {
        return new String(resource(name), StandardCharsets.UTF_8).lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t", -1))
                .toList();
    }

    static List<String> list(String field) {
        return field.isEmpty() ? List.of() : Arrays.asList(field.split("\\|"));
    }
}
