package org.quanze.web.search;

import java.util.List;

/**
 * One search result as the page shows it.
 *
 * @param kind    the local name of its type: Article, Power, Duty, AccountabilityCase, Exemption, Citation
 * @param link    where it is read: its page, or (a quoted text) the citation's place on its power's page
 * @param label   its label (an article is named by {@link ArticleName} instead)
 * @param pieces  the text found, the words marked
 * @param place   the list and power it belongs to; null for an article
 * @param article the document, number and version of an article; null for other kinds
 * @param citers  what cites an article found; null for other kinds, and for an article nothing cites
 */
record Hit(String kind, String link, String label, List<Highlighter.Piece> pieces, Place place, ArticleName article,
           Citers citers) {

    /** Where a hit stands: its list, and the power it is (or belongs to); read by name from a search query's row. */
    record Place(String list, String listTitle, String power, String powerNumber, String powerName) {
    }

    /** An article found: its document's short title, its number, and its version (the date, or the label of an undated one). */
    record ArticleName(String documentTitle, Integer number, String version) {

        static ArticleName of(HitRow.ArticlePart r) {
            return new ArticleName(r.documentTitle(), r.articleNumber(),
                    r.versionDate() != null ? r.versionDate() : r.versionLabel());
        }
    }

    /** An entry resting on an article found, with its list and power. */
    record Citer(String link, String label, Place place) {
    }

    /** How many times an article found is cited, and the entries citing it when they are few (else none: the article's page has them). */
    record Citers(int citations, List<Citer> listed) {
    }
}
