package org.quanze.impact;

import org.quanze.queries.Fills;

/** The health graph of a list file and the file's graph. */
@Fills("impact-health-graphs")
record HealthGraphRow(String health, String graph) {
}
