package org.quanze.web.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** Writes a feed as Atom 1.0 with Rome: ids, titles, links and updated times as the caller gives them. */
final class AtomFeeds {

    static final String ATOM = "atom_1.0";

    private AtomFeeds() {
    }

    /** One entry: a stable id, a title, a link to the page it concerns, when, who, and a line of text. */
    record Entry(String id, String title, String link, Instant updated, String author, String text) {
    }

    static String write(String id, String title, String self, String alternate, Instant updated, List<Entry> entries) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(ATOM);
        feed.setUri(id);
        feed.setTitle(title);
        feed.setLinks(List.of(link("self", self, "application/atom+xml"), link("alternate", alternate, "text/html")));
        // Rome writes a feed's published date as its <updated>.
        feed.setPublishedDate(Date.from(updated));
        feed.setEntries(entries.stream().map(AtomFeeds::entry).toList());
        try {
            return new SyndFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("the feed " + id + " could not be written", e);
        }
    }

    private static SyndEntry entry(Entry e) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri(e.id());
        entry.setTitle(e.title());
        entry.setLink(e.link());
        entry.setUpdatedDate(Date.from(e.updated()));
        if (e.author() != null) {
            entry.setAuthor(e.author());
        }
        SyndContent text = new SyndContentImpl();
        text.setType("text");
        text.setValue(e.text());
        entry.setDescription(text);
        return entry;
    }

    private static SyndLink link(String rel, String href, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }
}
