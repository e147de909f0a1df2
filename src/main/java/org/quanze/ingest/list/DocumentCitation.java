package org.quanze.ingest.list;

import java.text.Normalizer;
import java.util.List;

/**
 * A citation of one legal document as written: 【level】《title》（history）and one or more
 * article references, each with the text the list quotes for it. A document cited without any
 * article has no references; {@code unreferenced} then holds what the list writes after its title
 * (chapters, {@code 附件1第9项}, or nothing), squeezed.
 */
public record DocumentCitation(String levelTag, String title, String history, List<ArticleRef> refs,
                               String unreferenced) {

    private static final String STATE_PREFIX = "中华人民共和国";

    public DocumentCitation {
        refs = List.copyOf(refs);
    }

    /**
     * One key per legal document however a list spells its title: white space and the 《》 removed,
     * full-width letters and digits made ASCII, and the 中华人民共和国 prefix dropped (the usual
     * short form of national laws).
     */
    public static String key(String title) {
        String t = Normalizer.normalize(title, Normalizer.Form.NFKC).replaceAll("[\\s《》<>〈〉]+", "");
        return t.startsWith(STATE_PREFIX) && t.length() > STATE_PREFIX.length() ? t.substring(STATE_PREFIX.length()) : t;
    }
}
