package org.quanze.web.feed;

import java.time.Instant;
import java.time.LocalDate;
import org.quanze.queries.Fills;

/**
 * One entry of the change log that concerns a feed: the change (its IRI is the entry's id), when, its
 * kind ({@code load}, {@code reload}, {@code publish} …), who, the files, the graph written; and, when
 * that graph holds an official text, the version it realises and its document.
 */
@Fills({"feed-list-changes", "feed-document-changes"})
record FeedChange(String change, String time, String kind, String actor, String fileNames, String graph,
                  String version, LocalDate versionDate, String documentTitle) {

    Instant instant() {
        return Instant.parse(time);
    }

    boolean ofVersion() {
        return version != null;
    }
}
