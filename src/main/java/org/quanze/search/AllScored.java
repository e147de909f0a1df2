package org.quanze.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Every document a query matches with its score, sorted once, for a search that wants all its hits (a page counts
 * them all): Lucene's top-N collector, asked for as many as 3,000, kept them in a heap of 3,000 filled ahead, and
 * sifting each hit through it was half of the index's share of a search at 100×. The order is that collector's —
 * the higher score first, then the lower document — and the scores are the same scorer's.
 */
final class AllScored extends SimpleCollector {

    private int docBase;
    private Scorable scorer;
    /** Each hit as one key: the score's bits inverted in the high half (higher scores first), the document in the low. */
    private long[] keys = new long[64];
    private int count;

    private AllScored() {
    }

    /** The {@code limit} best documents {@code query} matches, best first. */
    static ScoreDoc[] best(IndexSearcher searcher, Query query, int limit) throws IOException {
        long[] keys = searcher.search(query, new CollectorManager<AllScored, long[]>() {
            @Override
            public AllScored newCollector() {
                return new AllScored();
            }

            @Override
            public long[] reduce(Collection<AllScored> collectors) {
                return collectors.stream().flatMapToLong(c -> Arrays.stream(c.keys, 0, c.count)).toArray();
            }
        });
        Arrays.sort(keys);
        ScoreDoc[] best = new ScoreDoc[Math.min(limit, keys.length)];
        for (int i = 0; i < best.length; i++) {
            best[i] = new ScoreDoc((int) keys[i], Float.intBitsToFloat(Integer.MAX_VALUE - (int) (keys[i] >>> 32)));
        }
        return best;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) {
        docBase = context.docBase;
    }

    @Override
    public void setScorer(Scorable scorer) {
        this.scorer = scorer;
    }

    @Override
    public void collect(int doc) throws IOException {
        float score = scorer.score();
        if (!(score >= 0)) {
            // Lucene's scores are never negative nor NaN; the key's order holds for those only.
            throw new IllegalStateException("a score of " + score + " for document " + (docBase + doc));
        }
        if (count == keys.length) {
            keys = Arrays.copyOf(keys, count * 2);
        }
        // + 0.0f: a score of -0.0 is 0.0.
        keys[count++] = ((long) (Integer.MAX_VALUE - Float.floatToIntBits(score + 0.0f)) << 32) | (docBase + doc);
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE;
    }
}
