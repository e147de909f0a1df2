package org.quanze.reading;

import java.time.LocalDate;

/**
 * A version of a document as the graph knows it: its dates (any may be unknown for a version
 * known only from a list) and whether its official text is held.
 *
 * @param slug the version's own part of its IRI: its date, or the year of a document number
 */
public record VersionRef(String document, String documentKey, String iri, String slug, LocalDate versionDate,
                         LocalDate inForce, LocalDate noLongerInForce, boolean official) {

    /** Whether the version was in force on that day: entered into force by then, and not yet replaced. */
    public boolean inForceOn(LocalDate day) {
        return inForce != null && !day.isBefore(inForce) && (noLongerInForce == null || day.isBefore(noLongerInForce));
    }

    /** The year the version is named by: of its version date, else the year its slug starts with. */
    public Integer year() {
        if (versionDate != null) {
            return versionDate.getYear();
        }
        return slug.matches("\\d{4}.*") ? Integer.valueOf(slug.substring(0, 4)) : null;
    }
}
