package org.quanze.reading;

import java.time.LocalDate;
import org.quanze.graph.CitationRole;
import org.quanze.graph.Iris;

/**
 * One citation of a loaded list as the impact, revision and health reports need it, in four named parts
 * rather than 35 positional fields: the list cell it was read from ({@link Source}), the entry it backs
 * ({@link Backs}), what the list wrote ({@link Written}; for a 同N: what the repeated item wrote) and what
 * it resolves to ({@link Resolved}). Read from a {@link CitationFacts} row, whose parts follow the query.
 *
 * @param iri the citation's own IRI
 */
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

    static CitationRecord of(CitationFacts facts) {
        CitationFacts.Source s = facts.source();
        CitationFacts.Backs b = facts.backs();
        CitationFacts.Written w = facts.written();
        CitationFacts.Resolved r = facts.resolved();
        return new CitationRecord(facts.citation(),
                new Source(s.list(), s.listTitle(), s.fileName(), s.cell(), s.row(), s.column()),
                new Backs(b.power(), b.powerNumber(), b.powerName(), CitationRole.backing(b.backs()), b.entry(),
                        b.entryNumber(), b.unit(), b.unitName()),
                new Written(w.item(), w.ordinal(), w.line() == null ? 0 : w.line(), w.repeats(), w.title(),
                        w.history(), w.levelTag(), w.level(), w.reference(), w.quote(), w.chapter(), w.paragraph(),
                        w.itemNumber()),
                new Resolved(r.document(), r.documentKey(), r.version(), r.versionDate(), r.official(), r.article(),
                        r.articleNumber()));
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
