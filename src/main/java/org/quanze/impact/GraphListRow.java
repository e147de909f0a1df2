package org.quanze.impact;

import org.quanze.queries.Fills;

/** A list file's graph and a list it holds. */
@Fills("impact-list-graphs")
record GraphListRow(String graph, String list) {
}
