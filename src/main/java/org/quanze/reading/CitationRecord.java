package org.quanze.reading;

import java.time.LocalDate;
import org.quanze.graph.CitationRole;
import org.quanze.graph.Iris;
import org.quanze.queries.Fills;

/**
 * One citation of a loaded list as the impact, revision and health reports need it, in four named parts
 * rather than 35 positional fields: the list cell it was read from ({@link Source}), the entry it backs
 * ({@link Backs}), what the list wrote ({@link Written}; for a 同N: what the repeated item wrote) and what
 * it resolves to ({@link Resolved}). The row of {@code impact-citations.rq} (and of its per-version twin).
 *
 * @param iri the citation's own IRI
 */
@Fills({"impact-citations", "impact-citations-of-version"})
public record CitationRecord(String iri, Source source, Backs backs, Written written, Resolved resolved) {

    /**
     * The list and the cell the citation was read from.
     *
     * @param list     the list's IRI
     * @param fileName the file the list was read from
     * @param cell     the IRI of the source cell
     */
    public record Source(String list, String listTitle, String fileName, String cell, int row, int column) {
    }

    /**
     * The entry the citation backs: the power, or one of its duties or cases (or all of them, then
     * {@code entryNumber} is null), and the unit responsible for that entry.
     *
     * @param role        named in the row by the class of the entry (CitationRole.isNamedBy)
     * @param entry       the IRI of the power, duty or case backed
     * @param entryNumber the duty or case number; null for the basis of the power itself or of all its duties or cases
     */
    public record Backs(String power, int powerNumber, String powerName, CitationRole role, String entry,
                        Integer entryNumber, String unit, String unitName) {
    }

    /**
     * What the list wrote: the basis item and its place, the document's title, history note and level
     * tag as written, and the reference and quote.
     *
     * @param ordinal the citation's place in its item
     * @param line    the item's line in the cell; 0 when the cell has one
     * @param repeats the citation a 同N repeats; null for a citation written out
     */
    public record Written(String item, int ordinal, int line, String repeats, String title, String history,
                          String levelTag, String level, String reference, String quote, Integer chapter,
                          Integer paragraph, Integer itemNumber) {
    }

    /**
     * The document, version and article the citation resolves to.
     *
     * @param official whether the official text of the cited version is held
     */
    public record Resolved(String document, String documentKey, String version, LocalDate versionDate,
                           boolean official, String article, int articleNumber) {

        /** The version as its IRI names it: the date, or the year of a document number. */
        public String versionSlug() {
            return Iris.slugOfVersion(version);
        }
    }

    /** Whether this citation is a 同N repeating another one (what it wrote is the other's). */
    public boolean isRepeat() {
        return written.repeats() != null;
    }

    /**
     * The IRI of the list it belongs to: the key the findings graphs group citations by
     * ({@code ImpactGraphs.compute}), kept as a shortcut so that grouping reads as it says.
     */
    public String list() {
        return source.list();
    }
}
