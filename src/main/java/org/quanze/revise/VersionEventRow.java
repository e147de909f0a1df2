package org.quanze.revise;

import java.time.LocalDate;
import org.quanze.queries.Fills;

/** A row of {@code revise-version-events.rq}: one event of a version's history, or none (then only the version's own date). */
@Fills("revise-version-events")
record VersionEventRow(LocalDate date, String action, String orderNumber, LocalDate versionDate, String versionOrder) {
}
