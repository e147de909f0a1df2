package org.quanze.web.search;

import org.quanze.queries.Fills;

/** A row of {@code search-citers.rq}: an entry resting on an article found, and where it stands. */
@Fills("search-citers")
record CiterRow(String article, String entry, String entryLabel, Hit.Place place) {
}
