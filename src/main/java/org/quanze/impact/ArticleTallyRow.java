package org.quanze.impact;

import org.quanze.queries.Fills;

/** How many citations of one article one list (in its file's graph) holds for one role. */
@Fills("impact-article-tallies")
record ArticleTallyRow(String graph, String article, String list, String role, long n) {
}
