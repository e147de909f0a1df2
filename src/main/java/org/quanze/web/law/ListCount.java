package org.quanze.web.law;

import org.quanze.queries.Fills;

/** How many citations of an article one list (in its graph) holds for one role. */
@Fills("article-citers-by-list")
record ListCount(String graph, String list, String role, long n) {
}
