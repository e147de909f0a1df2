package org.quanze.impact;

import org.quanze.queries.Fills;

/**
 * A row of {@code impact-successors.rq}: how an article changed into the version {@code to}, and the
 * article (and paragraph) it became, if any; {@code curated} when the mapping was written by hand.
 */
@Fills("impact-successors")
record SuccessorRow(String mapping, String type, String from, String to, String successor, Integer successorNumber,
                    Integer paragraphNumber, boolean curated, String reason) {
}
