package org.quanze.graph;

import java.text.Normalizer;

/**
 * One key per legal document however a list spells its title: white space and the 《》 removed,
 * full-width letters and digits made ASCII, and the 中华人民共和国 prefix dropped (the usual
 * short form of national laws).
 */
public final class LegalTitles {

    private static final String STATE_PREFIX = "中华人民共和国";

    private LegalTitles() {
    }

    public static String key(String title) {
        String t = Normalizer.normalize(title, Normalizer.Form.NFKC).replaceAll("[\\s《》<>〈〉]+", "");
        return t.startsWith(STATE_PREFIX) && t.length() > STATE_PREFIX.length() ? t.substring(STATE_PREFIX.length()) : t;
    }
}
