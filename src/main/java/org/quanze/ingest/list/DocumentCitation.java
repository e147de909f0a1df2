package org.quanze.ingest.list;

import java.util.List;
import org.quanze.ingest.TitleKey;

/**
 * A citation of one legal document as written: 【level】《title》（history）and one or more
 * article references, each with the text the list quotes for it. A document cited without any
 * article has no references; {@code unreferenced} then holds what the list writes after its title
 * (chapters, {@code 附件1第9项}, or nothing), squeezed.
 */
public record DocumentCitation(String levelTag, String title, String history, List<ArticleRef> refs,
                               String unreferenced) {

    public DocumentCitation {
        refs = List.copyOf(refs);
    }

    /** One key per legal document however a list spells its title: see {@link TitleKey}. */
    public static String key(String title) {
        return TitleKey.of(title);
    }
}
