package org.quanze.health;

import org.quanze.queries.Fills;

/** A row of {@code health-findings.rq}: where a finding stands, and what it found. Read into a {@link HealthFinding}. */
@Fills("health-findings")
public record FindingRow(Where where, What what) {

    /**
     * The finding, its kind, and the citation, entry, list and source cell it is about; {@code role} as
     * stored with the finding, {@code backs} the class of its entry (which gives the role when none is stored).
     */
    public record Where(String finding, String kind, String citation, String entry, String list, String listTitle,
                        String fileName, Integer powerNumber, String role, String backs, Integer entryNumber, String item,
                        String cell, Integer row, Integer column, Integer line) {
    }

    /** What the citation names, what it quotes ({@code cited}), and the text known and where it is from. */
    public record What(String documentKey, String title, String version, Integer articleNumber, String reference,
                       String cited, String known, String from, String compared) {
    }
}
