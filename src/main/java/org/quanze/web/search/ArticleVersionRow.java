package org.quanze.web.search;

import org.quanze.queries.Fills;

/**
 * A row of {@code search-article.rq}: the document a search names, and one version of it holding the
 * article ({@code article} null when the document holds none), with its citations and paragraphs.
 */
@Fills("search-article")
record ArticleVersionRow(String document, String shortTitle, String article, String version, String versionDate,
                         String versionLabel, long citations, long paragraphs) {
}
