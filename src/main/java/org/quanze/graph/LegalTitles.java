package org.quanze.graph;

import org.quanze.ingest.list.DocumentCitation;

/**
 * One key per legal document however a list spells its title: white space and the 《》 removed,
 * full-width letters and digits made ASCII, and the 中华人民共和国 prefix dropped (the usual
 * short form of national laws). Titles wrapped over lines in a narrow column (《 中华⏎人民共和国
 * 行政⏎处罚法》) give the same key as when written on one line.
 */
public final class LegalTitles {

    private LegalTitles() {
    }

    public static String key(String title) {
        return DocumentCitation.key(title);
    }

    /**
     * The title as a label: without the white space a wrapped cell puts in it, and without a 《 or 》
     * left unbalanced by a stray bracket; inner brackets of a title that has them are kept
     * (实施《中华人民共和国社会保险法》若干规定).
     */
    public static String display(String title) {
        String t = title.replaceAll("[\\s\\u3000]+", "");
        long open = t.chars().filter(c -> c == '《').count();
        long close = t.chars().filter(c -> c == '》').count();
        return open == close ? t : t.replaceAll("[《》]", "");
    }
}
