package org.quanze.web.search;

import org.quanze.queries.Fills;

/**
 * A row of {@code search-index.rq} or {@code search-contains.rq} (the same variables): a hit, the
 * literal matched and its score, its type and label, where it stands ({@code place}, its {@code list}
 * null for an article) and, for an article, its document, number and version.
 */
@Fills({"search-index", "search-contains"})
record HitRow(String hit, Double score, String literal, String type, String label, Hit.Place place,
              ArticlePart article) {

    /** The document, number and version of an article hit; all null for other kinds. */
    record ArticlePart(String documentTitle, Integer articleNumber, String versionDate, String versionLabel) {
    }

    /** The place, or null when the hit belongs to no list (an article). */
    Hit.Place where() {
        return place.list() == null ? null : place;
    }

    int length() {
        return literal == null ? 0 : literal.length();
    }
}
