package org.quanze.impact;

import org.quanze.queries.Fills;

/** A finding. */
@Fills("impact-old-health")
record FindingIriRow(String finding) {
}
