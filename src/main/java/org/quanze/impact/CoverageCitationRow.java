package org.quanze.impact;

import org.quanze.queries.Fills;

/**
 * One citation of a list (in its file's graph) as the coverage table counts it: checked against its cited
 * version's official text ({@code official}, 1 or 0), of a version inferred, compared with another version's text
 * only ({@code otherVersion}); {@code repeats} is the citation a 同N repeats, or null.
 */
@Fills("impact-coverage-citations")
record CoverageCitationRow(String graph, String list, String citation, String repeats, int official,
                           int inferred, int otherVersion) {
}
