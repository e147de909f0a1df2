package org.quanze.impact.correspondence;

import java.time.LocalDate;
import org.quanze.queries.Fills;

/** A version whose official text is held: its document, dates, promulgating order, title and file. */
@Fills("impact-official-versions")
record OfficialVersionRow(String document, String documentKey, String version, LocalDate versionDate, LocalDate inForce,
                          String orderNumber, String title, String fileName) {
}
