package org.quanze.web.search;

import org.quanze.queries.Fills;

/** A row of {@code search-places.rq}: where a hit shown that stands under a power stands, and its label. */
@Fills("search-places")
record HitPlace(String hit, String label, Hit.Place place) {
}
