package org.quanze.impact;

import org.quanze.graph.CitationRole;
import org.quanze.queries.Fills;

/** How many citations of one article one list (in its file's graph) holds for one role. */
@Fills("impact-article-tallies")
record ArticleTallyRow(String graph, String article, String list, String backs, long n) {

    /** The {@link CitationRole} of the citations counted ({@code backs}: the class of what they back). */
    CitationRole role() {
        return CitationRole.backing(backs);
    }
}
