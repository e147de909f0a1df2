package org.quanze.web.search;

import org.quanze.queries.Fills;

/** A row of {@code search-citation-counts.rq}: how many times an article found is cited, as the loads counted it. */
@Fills("search-citation-counts")
record CitationCount(String article, int citations) {
}
