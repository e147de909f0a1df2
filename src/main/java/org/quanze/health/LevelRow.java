package org.quanze.health;

import org.quanze.queries.Fills;

/** A level of legal force with its label, and a document a graph states it of, with that graph (or none). */
@Fills("health-levels")
record LevelRow(String level, String label, String document, String graph) {
}
