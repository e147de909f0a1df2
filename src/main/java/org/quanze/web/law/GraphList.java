package org.quanze.web.law;

import org.quanze.queries.Fills;

/** A list of a graph, with its title. */
@Fills("graph-lists")
record GraphList(String graph, String list, String title) {
}
