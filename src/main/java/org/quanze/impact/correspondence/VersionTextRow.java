package org.quanze.impact.correspondence;

import org.quanze.queries.Fills;

/** A row of {@code impact-version-text.rq}: an article of a version, one row per paragraph and item, with their lines. */
@Fills("impact-version-text")
record VersionTextRow(String article, Integer number, Integer line, Integer chapter, String paragraph,
                      Integer paragraphNumber, String paragraphText, Integer paragraphLine, String item,
                      Integer itemNumber, String itemText, Integer itemLine) {
}
