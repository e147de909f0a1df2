package org.quanze.impact;

import org.quanze.queries.Fills;

/** A named graph. */
@Fills({"impact-graphs-citing", "impact-correspondence-graphs"})
record GraphRow(String graph) {
}
