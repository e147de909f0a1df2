package org.quanze.impact;

import org.quanze.queries.Fills;

/**
 * A row of {@code impact-summary-citations.rq}: a citation of a version with only what the report
 * counts (its list, power, the unit of the entry it backs, the article).
 */
@Fills("impact-summary-citations")
public record SummaryCitation(String iri, String list, String listTitle, String power, int powerNumber, String unitName,
                       String article, int articleNumber) {
}
