package org.quanze.health;

import org.quanze.reading.GraphReader;
import org.quanze.reading.ImpactQueries;

/** Whether an article number of an official text cannot be read there (repeated, out of order). */
final class Unreadable {

    private Unreadable() {
    }

    static boolean is(GraphReader reader, String article) {
        return !ImpactQueries.list(reader, "impact-article-unreadable", ImpactQueries.iri("article", article),
                UnreadableArticle.class).isEmpty();
    }
}
