package org.quanze.web.feed;

import org.quanze.queries.Fills;

/** What a feed is about, by its title: a list's or a legal document's. */
@Fills("feed-subject")
record FeedSubject(String title) {
}
