package org.quanze.web.law;

import org.quanze.queries.Fills;

/** An event of a version's history: its date and action, or its description. */
@Fills("version-events")
record VersionEvent(String event, String date, String action, String description) {
}
