package org.quanze.impact;

import org.quanze.queries.Fills;

/**
 * A row of {@code impact-predecessors.rq}: between two versions ({@code from}, {@code to}), the older
 * article an article comes from and how it changed ({@code old} null: the article was added).
 */
@Fills("impact-predecessors")
record PredecessorRow(String from, String to, String type, String old, Integer oldNumber, boolean curated, String reason,
                      String added) {
}
