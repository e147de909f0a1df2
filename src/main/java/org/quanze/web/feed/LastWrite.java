package org.quanze.web.feed;

import org.quanze.queries.Fills;

/** The time of the newest entry of the change log (null when nothing was ever logged). */
@Fills("feed-last-write")
record LastWrite(String lastWrite) {
}
