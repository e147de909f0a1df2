package org.quanze.web.search;

import org.quanze.queries.Fills;

/** A row of {@code search-article-places.rq}: an article shown, its label, its document, number and version. */
@Fills("search-article-places")
record ArticlePlace(String hit, String label, HitRow.ArticlePart article) {
}
