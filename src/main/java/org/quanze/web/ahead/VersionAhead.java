package org.quanze.web.ahead;

import org.quanze.queries.Fills;

/** A row of {@code versions-ahead.rq}: a version a correspondence leads to, not yet in force on the day asked. */
@Fills("versions-ahead")
record VersionAhead(String toVersion) {
}
