package org.quanze.web.law;

import org.quanze.queries.Fills;

/**
 * How many citations of an article one list (in its graph) holds for one role: a count kept at load time,
 * with the role's code as the load wrote it (impact.ArticleTallies, through CitationRole).
 */
@Fills("article-citers-by-list")
record ListCount(String graph, String list, String role, long n) {
}
