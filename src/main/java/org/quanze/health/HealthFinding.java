package org.quanze.health;

import org.quanze.graph.CitationRole;
import org.quanze.queries.Fills;

/**
 * One finding about one citation (or one 同N that points to nothing), with everything a person
 * needs to fix the list, in four named parts rather than 24 positional fields: where it stands in the
 * list's file ({@link Place}), the entry and citation it is about ({@link About}), what the citation
 * names ({@link Cites}) and what was found ({@link Found}).
 *
 * <p>The parts are not {@code CitationRecord}'s although they look alike: a finding is also made for a
 * dangling 同N, which has no citation and so no power name, unit or resolved article, and a finding read
 * back from the health graph knows only what the graph stores; {@code CitationRecord.Source} has no line.
 * Read back, it is the row of {@code health-findings.rq}.
 *
 * @param iri the finding's own IRI
 */
@Fills("health-findings")
public record HealthFinding(FindingKind kind, String iri, Place place, About about, Cites cites, Found found) {

    public static final String OFFICIAL_TEXT = "official-text";
    public static final String PROMULGATING_ORDER = "promulgating-order";
    public static final String OTHER_CITATIONS = "other-citations";
    public static final String OTHER_VERSION_TEXT = "other-version-text";
    public static final String UNREADABLE_TEXT = "unreadable-text";
    public static final String LIBRARY_TITLES = "library-titles";
    public static final String NOT_IN_LIBRARY = "not-in-library";

    /**
     * Where the finding stands: the list, its file, and the source cell with the line of the item in it.
     *
     * @param list the list's IRI
     * @param cell the IRI of the source cell
     * @param line the item's line in the cell; 0 when the cell has one
     */
    public record Place(String list, String listTitle, String fileName, String cell, int row, int column, int line) {
    }

    /**
     * The entry the finding is about, and the citation and basis item in it.
     *
     * @param citation    the citation; null for a dangling 同N
     * @param entry       the power, duty or case whose basis it is
     * @param entryNumber the duty or case number; null for the basis of the power itself
     * @param item        the basis item's label as the list wrote it
     */
    public record About(String citation, String entry, int powerNumber, CitationRole role, Integer entryNumber,
                        String item) {
    }

    /**
     * What the citation names: the document (its key and title as the list wrote it), the version, the
     * article, and the structural reference; all null for a dangling 同N.
     */
    public record Cites(String documentKey, String documentTitle, String version, Integer articleNumber,
                        String reference) {
    }

    /**
     * What was found.
     *
     * @param citedText    what the list wrote: the quote, the structural reference, the level tag, the 同N
     * @param knownText    what is known instead (official words, the real chapter, the known level); may be null
     * @param knownFrom    {@code official-text}, {@code promulgating-order}, {@code other-citations},
     *                     {@code other-version-text} (the words of another version than the cited one),
     *                     {@code unreadable-text} (the official text is broken at the article), and for a
     *                     document with no text here {@code library-titles} (the known text is the law
     *                     library's titles closest to the cited one) or {@code not-in-library} (none is close);
     *                     may be null
     * @param comparedWith the official article, paragraph or chapter it was checked against; may be null
     */
    public record Found(String citedText, String knownText, String knownFrom, String comparedWith) {
    }
}
