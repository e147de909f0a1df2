package org.quanze.web.feed;

import org.quanze.queries.Fills;

/** How many citation findings of one kind a list, or the citations of a document, have. */
@Fills("feed-findings")
record FindingCount(String kind, long findings) {
}
