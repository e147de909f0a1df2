package org.quanze.reading;

import org.quanze.queries.Fills;

/** A row of {@code impact-article.rq}: an article of an official text, one row per paragraph and item of it. */
@Fills("impact-article")
record ArticleTextRow(Integer number, String text, String version, String chapter, Integer chapterNumber,
                      String heading, String paragraph, Integer paragraphNumber, String paragraphText, String item,
                      Integer itemNumber, String itemText) {
}
