package org.quanze.graph;

import java.util.Optional;
import org.quanze.ingest.Codes;

/**
 * The cell a citation was read from, by what it backs: the power itself (实施依据), a duty or all the
 * duties (责任事项依据), a case or all the cases (追责依据). The code is the citation's IRI segment
 * ({@code …/power/2/duty-basis/3/1}), its anchor on the power's page, the {@code role} of the queries
 * and the key of the page's messages.
 */
public enum CitationRole {
    POWER_BASIS("power-basis"),
    DUTY_BASIS("duties-basis"),
    CASE_BASIS("cases-basis");

    private final String allEntriesCode;

    CitationRole(String allEntriesCode) {
        this.allEntriesCode = allEntriesCode;
    }

    /** {@code power-basis}, {@code duty-basis}, {@code case-basis} ({@link Codes}). */
    public String code() {
        return Codes.of(this);
    }

    /**
     * The segment naming an item of this cell that backs all the duties (or all the cases) of the power
     * at once; a dangling 同N finding names its item with it ({@code …/power/2/duties-basis/4}).
     */
    public String allEntriesCode() {
        return allEntriesCode;
    }

    public static Optional<CitationRole> ofCode(String code) {
        return Codes.find(CitationRole.class, code);
    }
}
