package org.quanze.impact.correspondence;

/** What became of an old article in the new version (or, for a new article cited, where it came from). */
public enum ChangeType {
    /** Same number, same text (after folding full/half-width punctuation). */
    UNCHANGED,
    /** Same text under another number. */
    RENUMBERED,
    /** One successor, text changed (including: the old text is now one paragraph of a larger article). */
    AMENDED,
    /** Content now spread over several new articles. */
    SPLIT,
    /** One successor that also takes in content of other old articles. */
    MERGED,
    /** No successor. */
    REPEALED,
    /**
     * A new article no old one leads to: only for a list that cites the newer version (the report
     * follows its article back); never a mapping of a correspondence.
     */
    ADDED
}
