package org.quanze.web.graphview;

import org.quanze.queries.Fills;

/** An article, an entry that cites it and that entry's power. */
@Fills("graph-article")
record ArticleGraphRow(String article, Integer articleNumber, String document, String entry, String entryKind,
                       String entryLabel, String power, String powerLabel) {
}
