package org.quanze.web.ahead;

import org.quanze.queries.Fills;

/** One citation that a version not yet in force will change: where it is, and what will change. */
@Fills("changes-ahead")
public record AheadFlag(CitingEntry at, ComingChange coming) {
}
