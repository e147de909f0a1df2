package org.quanze.impact.report;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Optional;
import org.quanze.impact.Successors;
import org.quanze.law.TextDiff;
import org.quanze.reading.OfficialArticle;

/**
 * What impact reports read or compute that only a write can change, kept for one generation of the store (the
 * caller makes a new memo when the store moves on): the official text of each article, what became of each
 * article between two versions, the diff of each pair of texts, each revision asked for, and each report's citations
 * as counted. Every page of a report, and every list's report of the same versions, asks for the same ones again: at
 * 100× they were a fifth of a page's time, and the counted citations (the digests of 2,300 read and decoded) a fifth
 * of what was left. Caffeine's caches, as the answer cache's: bounded to {@link #LIMIT} entries of each kind, a
 * value computed once for requests asking at the same time, nothing kept when computing it throws.
 */
public final class ReportMemo {

    static final int LIMIT = 20_000;

    final Cache<String, Optional<OfficialArticle>> texts = cache();
    final Cache<String, Successors.Outcome> outcomes = cache();
    final Cache<List<String>, TextDiff> diffs = cache();
    final Cache<List<String>, ImpactReports.Revision> revisions = cache();
    /** Every citation of a report counted, by its two versions and its list ("" for all): the same on each page. */
    final Cache<List<String>, List<ImpactTally>> tallies = cache();

    /** A memo for one report alone (the CLI, the downloads): kept as long as the report is being made. */
    public static ReportMemo forOneReport() {
        return new ReportMemo();
    }

    private static <K, V> Cache<K, V> cache() {
        return Caffeine.newBuilder().maximumSize(LIMIT).build();
    }
}
