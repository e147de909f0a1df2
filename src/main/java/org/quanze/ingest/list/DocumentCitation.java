package org.quanze.ingest.list;

import java.util.List;

/**
 * A citation of one legal document as written: 【level】《title》（history）and one or more
 * article references, each with the text the list quotes for it.
 */
public record DocumentCitation(String levelTag, String title, String history, List<ArticleRef> refs) {

    public DocumentCitation {
        refs = List.copyOf(refs);
    }
}
