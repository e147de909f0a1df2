package org.quanze.web.law;

import org.quanze.queries.Fills;

/** An article of a document the lists cite, in the version they cite, with how many citations. */
@Fills("document-cited-articles")
record CitedArticle(String article, Integer number, String version, String versionDate, String versionNumber,
                    long citations) {
}
