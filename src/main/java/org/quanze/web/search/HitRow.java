package org.quanze.web.search;

import org.quanze.queries.Fills;

/**
 * A hit as the page shows it: the literal matched and its score, its type and label, where it stands
 * ({@code place}, its {@code list} null for an article) and, for an article, its document, number and
 * version. A row of {@code search-contains.rq}; on the text index, a {@link HitFound} until
 * {@link #placed placed} (or, an article, {@link #named(ArticlePlace) named}).
 */
@Fills("search-contains")
record HitRow(String hit, Double score, String literal, String type, String label, Hit.Place place,
              ArticlePart article) {

    private static final Hit.Place NOWHERE = new Hit.Place(null, null, null, null, null);
    private static final ArticlePart NO_ARTICLE = new ArticlePart(null, null, null, null);

    /** The document, number and version of an article hit; all null for other kinds. */
    record ArticlePart(String documentTitle, Integer articleNumber, String versionDate, String versionLabel) {
    }

    /** A hit of the text index, of the kind {@code type}, its place not yet read. */
    static HitRow found(HitFound f, String type) {
        return new HitRow(f.hit(), f.score(), f.literal(), type, null, NOWHERE, NO_ARTICLE);
    }

    /** This hit with its label and place read (either null when the store has none). */
    HitRow placed(String label, Hit.Place place) {
        return new HitRow(hit, score, literal, type, label, place == null ? NOWHERE : place, article);
    }

    /** This article with its label, document, number and version read. */
    HitRow named(ArticlePlace p) {
        return new HitRow(hit, score, literal, type, p.label(), place, p.article());
    }

    /** The place, or null when the hit belongs to no list (an article). */
    Hit.Place where() {
        return place.list() == null ? null : place;
    }

    int length() {
        return literal == null ? 0 : literal.length();
    }
}
