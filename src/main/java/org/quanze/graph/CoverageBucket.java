package org.quanze.graph;

import java.util.Optional;
import org.quanze.ingest.Codes;

/**
 * A column of /health's coverage table, counted per list at load time: the code ({@code cited}, {@code checked},
 * {@code inferred}, {@code other-version}, {@code with-findings}) is a coverage tally's {@code qz:tallyCoverage}
 * and the last segment of its IRI ({@code LIST/coverage-tally/CODE}).
 */
public enum CoverageBucket {
    /** The list's citations that cite a version. */
    CITED,
    /** Of those, the ones whose cited version's official text is held: checked against it. */
    CHECKED,
    /** Of the checked, the ones whose version was inferred (the citation named none). */
    INFERRED,
    /** The ones whose cited version's text is not held but another version's is. */
    OTHER_VERSION,
    /** Of the checked, the ones with a finding (their own, or the repeated citation's) other than "cannot be checked". */
    WITH_FINDINGS;

    public String code() {
        return Codes.of(this);
    }

    public static Optional<CoverageBucket> ofCode(String code) {
        return Codes.find(CoverageBucket.class, code);
    }
}
