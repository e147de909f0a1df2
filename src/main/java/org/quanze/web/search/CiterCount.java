package org.quanze.web.search;

import org.quanze.queries.Fills;

/** A row of {@code search-citer-counts.rq}: how many entries rest on an article found. */
@Fills("search-citer-counts")
record CiterCount(String article, int entries) {
}
