package org.quanze.health;

/**
 * One finding about one citation (or one 同N that points to nothing), with everything a person
 * needs to fix the list: the list and its file, the source cell's row and column, the entry the
 * citation backs, the exact text at issue and what is known instead.
 *
 * @param citation     the citation; null for a dangling 同N
 * @param entry        the power, duty or case whose basis it is
 * @param entryNumber  the duty or case number; null for the basis of the power itself
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
public record HealthFinding(FindingKind kind, String iri, String citation, String entry, String list,
                            String listTitle, String fileName, int powerNumber, String role, Integer entryNumber,
                            String item, String cell, int row, int column, int line, String documentKey,
                            String documentTitle, String version, Integer articleNumber, String reference,
                            String citedText, String knownText, String knownFrom, String comparedWith) {

    public static final String OFFICIAL_TEXT = "official-text";
    public static final String PROMULGATING_ORDER = "promulgating-order";
    public static final String OTHER_CITATIONS = "other-citations";
    public static final String OTHER_VERSION_TEXT = "other-version-text";
    public static final String UNREADABLE_TEXT = "unreadable-text";
    public static final String LIBRARY_TITLES = "library-titles";
    public static final String NOT_IN_LIBRARY = "not-in-library";
}
