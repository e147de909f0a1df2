package org.quanze.reading;

import java.time.LocalDate;
import org.quanze.queries.Fills;

/**
 * A row of {@code impact-citations.rq} (and of its per-version twin): where a citation stands, what
 * the list wrote (for a 同N: what the repeated item wrote), and what it resolves to. Read into a
 * {@link CitationRecord}.
 */
@Fills({"impact-citations", "impact-citations-of-version"})
public record CitationFacts(Place place, Written written, Resolved resolved) {

    /**
     * The list, power, entry (the class of what it backs, {@code backs}, and its unit) the citation backs,
     * and the source cell it was read from.
     */
    public record Place(String citation, String list, String listTitle, String fileName, String power, Integer powerNumber,
                        String powerName, String backs, String entry, Integer entryNumber, String unit, String unitName,
                        String cell, Integer row, Integer column) {
    }

    /** What the list wrote: item label, position, the citation repeated, title, history, reference, quote, level. */
    public record Written(String item, Integer ordinal, Integer line, String repeats, String title, String history,
                          String reference, String quote, String levelTag, String level, Integer chapter,
                          Integer paragraph, Integer itemNumber) {
    }

    /** The document, version and article it resolves to, and whether the version's official text is held. */
    public record Resolved(String document, String documentKey, String version, LocalDate versionDate, boolean official,
                           String article, Integer articleNumber) {
    }
}
