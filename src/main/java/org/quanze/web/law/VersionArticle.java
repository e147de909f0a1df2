package org.quanze.web.law;

import org.quanze.queries.Fills;

/** An article of a version, with its chapter, its text and how many citations name it. */
@Fills("version-articles")
record VersionArticle(String article, Integer number, String chapter, String chapterNumber, String heading, String text,
                      long citations) {
}
