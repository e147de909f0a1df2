package org.quanze.impact;

import org.quanze.queries.Fills;

/** How many citations of one list file (its graph) tag a document with a level. */
@Fills("impact-level-tallies")
record LevelTallyRow(String graph, String document, String level, long n) {
}
