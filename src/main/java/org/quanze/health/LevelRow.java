package org.quanze.health;

import org.quanze.queries.Fills;

/** A level of legal force with its label, and a document whose official text states it (or none). */
@Fills("health-levels")
record LevelRow(String level, String label, String document) {
}
