package org.quanze.store;

import java.util.Locale;

/** How a store finds the texts that hold the words of a search. */
public enum TextSearch {
    /** Jena's text index in this process ({@code text:query} over Lucene, kept by {@link org.quanze.search.FullTextIndex}). */
    LUCENE,
    /**
     * Virtuoso's free-text index over literals ({@code bif:contains}): it narrows the texts read to those holding
     * every character of the words, which a substring test then confirms (see the README's Virtuoso profile).
     */
    VIRTUOSO,
    /** No index: every text is read and tested for the words as a substring. */
    SCAN;

    /**
     * A remote store's setting ({@code quanze.store.remote.text-index}, {@code --remote-text-index}): {@code none}
     * (or absent) or {@code virtuoso}, in any case; anything else is refused with the values it may take.
     */
    public static TextSearch ofRemoteSetting(String setting) {
        if (setting == null || setting.isBlank() || setting.strip().equalsIgnoreCase("none")) {
            return SCAN;
        }
        if (setting.strip().toLowerCase(Locale.ROOT).equals("virtuoso")) {
            return VIRTUOSO;
        }
        throw new IllegalArgumentException("unknown remote text index '" + setting.strip() + "': none or virtuoso");
    }
}
