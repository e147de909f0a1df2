package org.quanze.impact;

import org.quanze.queries.Fills;

/** The graph of an official text and the document it is a version of. */
@Fills("impact-law-graphs")
record LawGraphRow(String graph, String document) {
}
