package org.quanze.ingest.sheet;

/**
 * Bounds on what a published list can be. Real lists are tens to hundreds of kilobytes; these
 * bounds are far above that but low enough that a hostile file fails fast instead of exhausting
 * memory (POI's in-memory models take several times the unzipped size).
 */
final class Limits {

    /** Largest file read at all. */
    static final long MAX_FILE_BYTES = 32L << 20;
    /** Largest total unzipped size of an .xlsx or .docx. */
    static final long MAX_UNZIPPED_BYTES = 100L << 20;
    /** Most entries in a ZIP container. */
    static final int MAX_ZIP_ENTRIES = 10_000;
    /** Unzipped bytes an entry may reach before its compression ratio is checked. */
    static final long RATIO_GRACE_BYTES = 1L << 20;
    /** Highest compression ratio of an entry (POI's own default is the same, 1 : 0.01). */
    static final long MAX_INFLATE_RATIO = 100;
    /** Most cells (used rows × used columns) of one sheet or table. */
    static final long MAX_CELLS = 2_000_000;

    private Limits() {
    }
}
