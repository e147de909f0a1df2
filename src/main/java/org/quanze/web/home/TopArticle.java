package org.quanze.web.home;

import org.quanze.queries.Fills;

/** One of the most cited articles: its document's short title, its number and how many citations name it. */
@Fills("home-top-articles")
record TopArticle(String article, String document, Integer number, long citations) {
}
