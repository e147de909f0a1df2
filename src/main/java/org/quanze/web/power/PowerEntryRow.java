package org.quanze.web.power;

import org.quanze.queries.Fills;

/** A duty or an accountability case of a power ({@code kind}: duty or case), with the organisation responsible. */
@Fills("power-entries")
record PowerEntryRow(String entry, String kind, Integer number, String name, String description, String text, String org,
                     String orgName) {
}
