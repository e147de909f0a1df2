package org.quanze.web.law;

import org.quanze.graph.CitationRole;
import org.quanze.queries.Fills;

/** How many citations of an article one list (in its graph) holds for one role. */
@Fills("article-citers-by-list")
record ListCount(String graph, String list, String backs, long n) {

    /** The code of the {@link CitationRole} of the citations counted ({@code backs}: the class of what they back). */
    String role() {
        return CitationRole.backing(backs).code();
    }
}
