package org.quanze.impact.pointintime;

import org.quanze.health.QuoteCheck;
import org.quanze.impact.ArticleInForce;
import org.quanze.reading.CitationRecord;

/**
 * One citation of a list read on a given day: the article in force then (through the
 * correspondence), its text, and whether it still says what the list quotes.
 *
 * @param text  the official text in force that day of the article(s) that carry the cited one; null when not known
 * @param quote how the list's quote compares with that text; null when there is no quote or no text to compare with
 */
public record PointInTimeRow(CitationRecord citation, ArticleInForce.InForce inForce, String text,
                             QuoteCheck.Verdict quote) {

    /** The article(s) in force, 52(2) or 51;52(2). */
    public String targetLabels() {
        return String.join(";", inForce.targets().stream().map(t -> t.label()).toList());
    }
}
