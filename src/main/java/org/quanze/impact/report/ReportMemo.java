package org.quanze.impact.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.quanze.impact.Successors;
import org.quanze.law.TextDiff;
import org.quanze.reading.OfficialArticle;

/**
 * What impact reports read or compute that only a write can change, kept for one generation of the store (the
 * caller makes a new memo when the store moves on): the official text of each article, what became of each
 * article between two versions, the diff of each pair of texts, and each revision asked for. Every page of a
 * report, and every list's report of the same versions, asks for the same ones again: at 100× they were a fifth
 * of a page's time. Bounded: past {@link #LIMIT} entries of a kind, what is asked is computed and not kept.
 */
public final class ReportMemo {

    static final int LIMIT = 20_000;

    final Map<String, Optional<OfficialArticle>> texts = new ConcurrentHashMap<>();
    final Map<String, Successors.Outcome> outcomes = new ConcurrentHashMap<>();
    final Map<List<String>, TextDiff> diffs = new ConcurrentHashMap<>();
    final Map<List<String>, Object> revisions = new ConcurrentHashMap<>();

    /** A memo for one report alone (the CLI, the downloads): kept as long as the report is being made. */
    public static ReportMemo forOneReport() {
        return new ReportMemo();
    }

    /**
     * The value kept under {@code key}, else computed (outside any lock: two requests may compute it at once, and
     * both get the same value, as the store is the same) and kept while there is room.
     */
    static <K, V> V get(Map<K, V> map, K key, Supplier<V> compute) {
        V kept = map.get(key);
        if (kept != null) {
            return kept;
        }
        V value = compute.get();
        if (value != null && map.size() < LIMIT) {
            map.putIfAbsent(key, value);
        }
        return value;
    }
}
