package org.quanze.web.impact;

import org.quanze.queries.Fills;

/** A kind of finding about a citation of a power. */
@Fills("health-badges")
record CitationBadge(String citation, String kind) {
}
