package org.quanze.web.law;

import org.quanze.queries.Fills;

/**
 * An article as its page heads it: its number, text, status and line, and in named parts its chapter,
 * the version it belongs to (with its dates) and that version's document (with its level).
 */
@Fills("article")
record ArticleFacts(Integer number, String text, String status, String line, Chapter inChapter, Version ofVersion,
                    Document ofDocument) {

    /** The chapter the article stands in, and its heading; both null when the law has no chapters. */
    record Chapter(String chapter, String heading) {
    }

    /** The version the article belongs to, its label and dates, and whether its official text is held. */
    record Version(String version, String versionLabel, String versionDate, String inForce, String noLongerInForce,
                   String official) {
    }

    /** The document the version realizes: its titles and its level. */
    record Document(String document, String documentTitle, String shortTitle, String level) {
    }
}
