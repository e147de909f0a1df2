package org.quanze.impact;

import org.quanze.queries.Fills;

/** How many powers of one list (in its file's graph) have one value of a facet of the powers page. */
@Fills("impact-power-facets")
record FacetTallyRow(String graph, String list, String facet, String value, long n) {
}
