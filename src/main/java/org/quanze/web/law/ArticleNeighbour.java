package org.quanze.web.law;

import org.quanze.queries.Fills;

/** The article before or after ({@code which}: previous or next) in the same version. */
@Fills("article-neighbours")
record ArticleNeighbour(String neighbour, Integer number, String which) {
}
