package org.quanze.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where the graph lives: a TDB2 folder in this process, or a SPARQL 1.1 store over HTTP. */
public enum StoreMode {
    /** A TDB2 folder opened by this process ({@link Tdb2Store}): the default. */
    EMBEDDED,
    /** A standalone SPARQL 1.1 store (Fuseki or another) reached over HTTP ({@link RemoteStore}). */
    REMOTE;

    /**
     * The mode named by {@code text}, in any case ({@code embedded}, {@code Remote}); blank or null
     * is {@link #EMBEDDED}.
     *
     * @throws IllegalArgumentException naming the modes there are, when {@code text} names none
     */
    public static StoreMode parse(String text) {
        if (text == null || text.isBlank()) {
            return EMBEDDED;
        }
        String name = text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + text + "' is not a store mode: give one of "
                        + Arrays.stream(values()).map(StoreMode::toString).collect(Collectors.joining(" or "))));
    }

    /** The mode as it is written in settings: {@code embedded}, {@code remote}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
