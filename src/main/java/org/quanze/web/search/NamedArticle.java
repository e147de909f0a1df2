package org.quanze.web.search;

import java.util.List;

/**
 * What a search naming an article of a known document found ({@code 保守国家秘密法第四十五条}).
 *
 * @param documentLink the document's page
 * @param shortTitle   the document's short title
 * @param number       the article asked for
 * @param versions     the versions holding that article, newest first; empty when none does
 */
record NamedArticle(String documentLink, String shortTitle, int number, List<Version> versions) {

    /**
     * The article in one version.
     *
     * @param link      its page (at the paragraph asked for, when the article has it)
     * @param version   the version's date, or the label of an undated version
     * @param citations how many citations of the lists point to it (the version the lists cite has some)
     */
    record Version(String link, String version, long citations) {
    }
}
