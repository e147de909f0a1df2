package org.quanze.impact.report;

import org.quanze.queries.Fills;

/** A row of {@code impact-summary-kept.rq}: the text of one list file's digest of its citations of a version. */
@Fills("impact-summary-kept")
record KeptDigest(String rows) {
}
