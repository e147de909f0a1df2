package org.quanze.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The answers kept in memory, at most {@code quanze.cache.max-bytes} of them, each under the
 * generation it was read in: a write moves the generation, and the answers of the old one are let
 * go. Requests for an answer not yet kept wait for the one that computes it.
 */
@Component
public class AnswerCache {

    private final Cache<AnswerKey, CachedAnswer> answers;
    private final ConcurrentMap<AnswerKey, CompletableFuture<Optional<CachedAnswer>>> computing = new ConcurrentHashMap<>();
    private final int maxEntryBytes;
    private volatile String generation = "";
    private final AtomicLong computed = new AtomicLong();

    public AnswerCache(CacheProperties properties) {
        this.maxEntryBytes = properties.maxEntryBytes();
        this.answers = Caffeine.newBuilder().maximumWeight(properties.maxBytes())
                .weigher((AnswerKey k, CachedAnswer a) -> a.body().length + k.target().length() + 256)
                .recordStats().build();
    }

    /**
     * The answer for {@code key}: kept, or computed by {@code compute} in this thread while other
     * requests for the same key wait for it. An answer that is not to be kept (an error, too large)
     * is computed by each request itself: {@code compute} then gives nothing, having answered.
     *
     * @param compute answers the request and gives the answer to keep, or nothing
     * @return the kept answer for the caller to send; empty when {@code compute} answered it itself
     */
    Optional<CachedAnswer> answer(AnswerKey key, Supplier<Optional<CachedAnswer>> compute) throws Exception {
        moveTo(key.generation());
        CachedAnswer kept = answers.getIfPresent(key);
        if (kept != null) {
            return Optional.of(kept);
        }
        CompletableFuture<Optional<CachedAnswer>> mine = new CompletableFuture<>();
        CompletableFuture<Optional<CachedAnswer>> theirs = computing.putIfAbsent(key, mine);
        if (theirs != null) {
            Optional<CachedAnswer> answer = theirs.get();
            if (answer.isPresent()) {
                return answer;
            }
            compute.get();
            return Optional.empty();
        }
        try {
            computed.incrementAndGet();
            Optional<CachedAnswer> answer = compute.get().filter(a -> a.body().length <= maxEntryBytes);
            answer.ifPresent(a -> answers.put(key, a));
            mine.complete(answer);
            return Optional.empty();
        } catch (RuntimeException | Error e) {
            mine.complete(Optional.empty());
            throw e;
        } finally {
            computing.remove(key, mine);
        }
    }

    /** Lets the answers of an older generation go. */
    private void moveTo(String current) {
        if (!current.equals(generation)) {
            synchronized (this) {
                if (!current.equals(generation)) {
                    answers.invalidateAll();
                    generation = current;
                }
            }
        }
    }

    /** How often a kept answer was looked for and found. */
    public CacheStats stats() {
        return answers.stats();
    }

    /** How many answers were computed to be kept (one for several requests that came together). */
    public long computations() {
        return computed.get();
    }

    public long size() {
        return answers.estimatedSize();
    }
}
