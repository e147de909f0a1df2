package org.quanze.web.law;

import org.quanze.queries.Fills;

/**
 * An article as its page heads it: its number, text and status, the version and document it belongs
 * to (with their dates and level), and its chapter.
 */
@Fills("article")
record ArticleFacts(Integer number, String text, String status, String version, String versionLabel, String versionDate,
                    String inForce, String noLongerInForce, String official, String document, String documentTitle,
                    String shortTitle, String level, String chapter, String heading, String line) {
}
