package org.quanze.impact;

import org.quanze.queries.Fills;

/** How many citations of one version one list file (its graph) holds, with or without an article. */
@Fills("impact-version-tallies")
record VersionTallyRow(String graph, String version, long n) {
}
