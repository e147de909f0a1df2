package org.quanze.health;

import org.quanze.queries.Fills;

/** A row of {@code health-coverage.rq}: a list's citations, and how many were checked, inferred, other version, with findings. */
@Fills("health-coverage")
record CoverageRow(String list, String title, Integer citations, Integer checkedCount, Integer inferredCount,
                   Integer otherVersionCount, Integer withFindingsCount) {
}
