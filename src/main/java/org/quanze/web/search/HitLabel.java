package org.quanze.web.search;

import org.quanze.queries.Fills;

/** A row of {@code search-hit-labels.rq}: the label of a hit shown that stands under a power. */
@Fills("search-hit-labels")
record HitLabel(String hit, String label) {
}
