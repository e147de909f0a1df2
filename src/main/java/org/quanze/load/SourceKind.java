package org.quanze.load;

import java.util.Locale;
import java.util.Optional;

/** The kinds of file a load reads, told apart by extension. */
public enum SourceKind {
    /** An official law text in the Markdown of the national law database mirror. */
    LAW_TEXT("law text"),
    /** A list in the published text export (TAB-led cells). */
    LIST_TEXT("list");

    private final String label;

    SourceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<SourceKind> of(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".md")) {
            return Optional.of(LAW_TEXT);
        }
        if (name.endsWith(".txt")) {
            return Optional.of(LIST_TEXT);
        }
        return Optional.empty();
    }
}
