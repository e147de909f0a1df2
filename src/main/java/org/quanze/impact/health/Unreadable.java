package org.quanze.impact.health;

import org.quanze.impact.GraphReader;
import org.quanze.impact.ImpactQueries;

/** Whether an article number of an official text cannot be read there (repeated, out of order). */
final class Unreadable {

    private Unreadable() {
    }

    static boolean is(GraphReader reader, String article) {
        return !ImpactQueries.list(reader, "impact-article-unreadable", ImpactQueries.iri("article", article),
                UnreadableArticle.class).isEmpty();
    }
}
