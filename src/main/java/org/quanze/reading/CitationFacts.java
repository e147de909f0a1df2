package org.quanze.reading;

import java.time.LocalDate;
import org.quanze.queries.Fills;

/**
 * A row of {@code impact-citations.rq} (and of its per-version twin): where a citation stands, what
 * the list wrote (for a 同N: what the repeated item wrote), and what it resolves to. Read into a
 * {@link CitationRecord}.
 */
@Fills({"impact-citations", "impact-citations-of-version"})
public record CitationFacts(String citation, Source source, Backs backs, Written written, Resolved resolved) {

    /** The list and the source cell the citation was read from. */
    public record Source(String list, String listTitle, String fileName, String cell, Integer row, Integer column) {
    }

    /**
     * The power and the entry the citation backs ({@code backs}: the entry's class, a power, a duty or a
     * case), and the unit responsible for that entry.
     */
    public record Backs(String power, Integer powerNumber, String powerName, String backs, String entry,
                        Integer entryNumber, String unit, String unitName) {
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
