package org.quanze.impact.correspondence;

import java.time.LocalDate;

/**
 * A version whose official text is held: its document (IRI and short title), its IRI, its dates,
 * the title its text bears and the file it was read from.
 */
public record OfficialVersion(String document, String documentKey, String iri, LocalDate versionDate,
                              LocalDate inForce, String orderNumber, String title, String fileName) {
}
