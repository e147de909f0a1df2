package org.quanze.web.search;

import org.quanze.queries.Fills;

/** A row of {@code search-places.rq}: where a hit shown stands, its label, and for an article its document and version. */
@Fills("search-places")
record HitPlace(String hit, String label, Hit.Place place, HitRow.ArticlePart article) {
}
