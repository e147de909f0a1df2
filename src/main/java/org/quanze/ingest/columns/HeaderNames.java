package org.quanze.ingest.columns;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.quanze.ingest.WhiteSpace;

/**
 * The table of known header names ({@code ingest/column-headers.tsv}): data, not code, so that a
 * new department's synonyms are one line in a file.
 */
public final class HeaderNames {

    private static final String RESOURCE = "/ingest/column-headers.tsv";
    private static final Pattern WHITE = Pattern.compile(WhiteSpace.CHAR_OR_NO_BREAK + "+");
    private static final Pattern TRAILING_NOTE = Pattern.compile("[（(][^（）()]*[）)]$");

    private final Map<String, ColumnRole> byName;

    private HeaderNames(Map<String, ColumnRole> byName) {
        this.byName = Map.copyOf(byName);
    }

    public static HeaderNames standard() {
        try (InputStream in = HeaderNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HeaderNames parse(String tsv) {
        Map<String, ColumnRole> names = new HashMap<>();
        for (String line : tsv.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", 2);
            ColumnRole role = ColumnRole.valueOf(parts[0].strip());
            for (String name : parts[1].split("\\|")) {
                ColumnRole previous = names.put(normalise(name), role);
                if (previous != null && previous != role) {
                    throw new IllegalStateException("header name " + name + " given to both " + previous + " and " + role);
                }
            }
        }
        return new HeaderNames(names);
    }

    /** The header text without any white space, as the table compares it. */
    public static String normalise(String header) {
        return WHITE.matcher(header).replaceAll("");
    }

    public Optional<ColumnRole> roleOf(String header) {
        String name = normalise(header);
        ColumnRole role = byName.get(name);
        if (role == null) {
            String withoutNote = TRAILING_NOTE.matcher(name).replaceAll("");
            role = byName.get(withoutNote);
        }
        return Optional.ofNullable(role);
    }
}
