package org.quanze.reading;

import java.time.LocalDate;
import org.quanze.graph.CitationRole;
import org.quanze.graph.Iris;

/**
 * One citation of a loaded list as the impact and health reports need it: where it stands (list,
 * power, the entry it backs and its role, the unit responsible for that entry, the source cell),
 * what the list wrote (for a 同N: what the repeated item wrote), and what it resolves to.
 *
 * @param role        the code of its {@link CitationRole}: {@code power-basis}, {@code duty-basis} or {@code case-basis}
 * @param entryNumber the duty or case number; null for the basis of the power itself
 * @param repeats     the citation a 同N repeats; null for a citation written out
 * @param official    whether the official text of the cited version is held
 */
public record CitationRecord(String iri, String list, String listTitle, String fileName, String power,
                             int powerNumber, String powerName, String role, String entry, Integer entryNumber,
                             String unit, String unitName, String item, int ordinal, int line, String repeats,
                             String document, String documentKey, String title, String history, String version,
                             LocalDate versionDate, boolean official, String article, int articleNumber,
                             Integer chapter, Integer paragraph, Integer itemNumber, String reference, String quote,
                             String levelTag, String level, String cell, int row, int column) {

    static CitationRecord of(CitationFacts facts) {
        CitationFacts.Place p = facts.place();
        CitationFacts.Written w = facts.written();
        CitationFacts.Resolved r = facts.resolved();
        return new CitationRecord(p.citation(), p.list(), p.listTitle(), p.fileName(), p.power(), p.powerNumber(),
                p.powerName(), CitationRole.backing(p.backs()).code(), p.entry(), p.entryNumber(), p.unit(), p.unitName(),
                w.item(), w.ordinal(), w.line() == null ? 0 : w.line(), w.repeats(), r.document(), r.documentKey(), w.title(), w.history(),
                r.version(), r.versionDate(), r.official(), r.article(), r.articleNumber(), w.chapter(), w.paragraph(),
                w.itemNumber(), w.reference(), w.quote(), w.levelTag(), w.level(), p.cell(), p.row(), p.column());
    }

    /** Whether this citation is a 同N repeating another one (what it wrote is the other's). */
    public boolean isRepeat() {
        return repeats != null;
    }

    /** The version as its IRI names it: the date, or the year of a document number. */
    public String versionSlug() {
        return Iris.slugOfVersion(version);
    }
}
