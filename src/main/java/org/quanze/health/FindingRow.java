package org.quanze.health;

import org.quanze.queries.Fills;

/**
 * A row of {@code health-findings.rq}, in the parts of the {@link HealthFinding} it is read into: the
 * finding itself, where it stands, what it is about, what the citation names and what was found.
 */
@Fills("health-findings")
public record FindingRow(Finding finding, Place place, About about, Cites cites, Found found) {

    /** The finding's IRI and the code of its kind. */
    public record Finding(String finding, String kind) {
    }

    /** The list, its file and the source cell; {@code line} is unbound when the cell has one item. */
    public record Place(String list, String listTitle, String fileName, String cell, Integer row, Integer column,
                        Integer line) {
    }

    /**
     * The citation and entry the finding is about; {@code role} as stored with the finding, {@code backs}
     * the class of its entry (which gives the role when none is stored).
     */
    public record About(String citation, String entry, Integer powerNumber, String role, String backs,
                        Integer entryNumber, String item) {
    }

    /** What the citation names. */
    public record Cites(String documentKey, String title, String version, Integer articleNumber, String reference) {
    }

    /** What the citation quotes ({@code cited}), and the text known and where it is from. */
    public record Found(String cited, String known, String from, String compared) {
    }
}
