package org.quanze.reading;

import java.time.LocalDate;
import org.quanze.queries.Fills;

/** A version of a document: its dates, whether its official text is held, its document number. */
@Fills("impact-document-versions")
public record DocumentVersionRow(String version, String documentKey, LocalDate versionDate, LocalDate inForce,
                          LocalDate noLongerInForce, boolean official, String documentNumber) {
}
