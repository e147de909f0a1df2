package org.quanze.web.law;

import org.quanze.graph.CitationRole;
import org.quanze.queries.Fills;

/**
 * A citation of an article by one list, as the article's page shows it: the power, the duty or case
 * it backs ({@code entryNumber} null for the power's own basis; {@code backs}: the class of what it
 * backs), its reference and quote.
 */
@Fills("article-citers-in-list")
public record Citer(String backs, String list, String powerNumber, String power, String entryNumber, String entry,
                    String label, String citation, String quotedText, String reference) {

    /** The code of its {@link CitationRole}. */
    public String role() {
        return CitationRole.backing(backs).code();
    }
}
