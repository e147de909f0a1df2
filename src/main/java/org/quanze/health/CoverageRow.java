package org.quanze.health;

import org.quanze.queries.Fills;

/**
 * A row of {@code health-coverage.rq} (read from the kept counts) or {@code health-coverage-counted.rq} (counted
 * from the citations): a list's citations, and how many were checked, inferred, other version, with findings.
 */
@Fills({"health-coverage", "health-coverage-counted"})
record CoverageRow(String list, String title, Integer citations, Integer checkedCount, Integer inferredCount,
                   Integer otherVersionCount, Integer withFindingsCount) {
}
