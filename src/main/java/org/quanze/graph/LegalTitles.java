package org.quanze.graph;

import org.quanze.ingest.TitleKey;
import org.quanze.ingest.WhiteSpace;

/**
 * One key per legal document however a list or an official text spells its title ({@link TitleKey}):
 * a cited document and its official text land on the same resource, {@code law/KEY}.
 */
public final class LegalTitles {

    private LegalTitles() {
    }

    public static String key(String title) {
        return TitleKey.of(title);
    }

    /**
     * The title as a label: without the white space a wrapped cell puts in it, and without a 《 or 》
     * left unbalanced by a stray bracket; inner brackets of a title that has them are kept
     * (实施《中华人民共和国社会保险法》若干规定).
     */
    public static String display(String title) {
        String t = WhiteSpace.removeAll(title);
        long open = t.chars().filter(c -> c == '《').count();
        long close = t.chars().filter(c -> c == '》').count();
        return open == close ? t : t.replaceAll("[《》]", "");
    }
}
