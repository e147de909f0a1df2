package org.quanze.web;

import java.time.LocalDate;
import org.quanze.queries.Fills;

/**
 * A row of {@code power-citations.rq}: the entry a citation backs ({@code whole}: "duties" or "cases"
 * for a basis of all of them at once), what the list wrote, and what the citation resolves to.
 */
@Fills("power-citations")
public record CitationRow(String entry, String whole, Written written, Resolved resolved) {

    /** What the list wrote (for a 同N: what the repeated item wrote; {@code repeats}: its item label). */
    public record Written(String citation, String item, long ordinal, String title, String reference, String quote,
                          String repeats, String levelTag) {
    }

    /**
     * The document, version and article the citation resolves to, with the article's text and its
     * status, the paragraph cited, and how the version was found.
     */
    public record Resolved(String document, String documentTitle, String version, String versionDate,
                           String versionNumber, String article, Integer articleNumber, String articleText,
                           String status, String paragraph, String paragraphText, String versionMatch) {

        /** The version's date, if it is a date. */
        public LocalDate versionDay() {
            try {
                return versionDate == null ? null : LocalDate.parse(versionDate.strip());
            } catch (RuntimeException e) {
                return null;
            }
        }
    }
}
