package org.quanze.impact.correspondence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order-preserving part of the alignment: a dynamic-programming alignment of the two article
 * sequences (like Needleman–Wunsch, with free gaps) that maximises the summed excess of article
 * similarity over {@link #MIN_SIMILARITY}. Scoring the excess rather than the similarity keeps a
 * run of weak look-alikes from outvoting one strong match. Articles that moved against the
 * general order (2010 第二十三条 → 2024 第三十条, past 第二十五条 → 第二十八条) cannot be on this
 * path; {@link ClauseAttribution} finds them by their text alone, with stricter thresholds.
 */
final class Backbone {

    /**
     * Weighted Dice below which two articles are not paired. Of the 103 hand-checked old → new
     * pairs, 92 reach it; the others are rewrites, left to the window search of {@link Homes}.
     * The most similar wrong article of an old article is at 0.15 in the median, but look-alike
     * provisions reach 0.5 (2010 第二十条 确定 and 2024 第五十三条 鉴定 name the same authorities):
     * only the order keeps those off the path. Any value from 0.25 to 0.4 gives the same result.
     */
    static final double MIN_SIMILARITY = 0.3;

    private Backbone() {
    }

    /** Old article number → new article number for the articles on the aligned path. */
    static Map<Integer, Integer> align(List<ArticleText> olds, List<ArticleText> news) {
        int n = olds.size();
        int m = news.size();
        double[][] gain = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                gain[i][j] = olds.get(i).bigrams().dice(news.get(j).bigrams()) - MIN_SIMILARITY;
            }
        }
        double[][] best = new double[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                double diagonal = gain[i - 1][j - 1] > 0 ? best[i - 1][j - 1] + gain[i - 1][j - 1] : Double.NEGATIVE_INFINITY;
                best[i][j] = Math.max(diagonal, Math.max(best[i - 1][j], best[i][j - 1]));
            }
        }
        return path(best, gain, olds, news);
    }

    private static Map<Integer, Integer> path(double[][] best, double[][] gain, List<ArticleText> olds,
                                              List<ArticleText> news) {
        Map<Integer, Integer> pairs = new HashMap<>();
        int i = olds.size();
        int j = news.size();
        while (i > 0 && j > 0) {
            if (best[i][j] == best[i - 1][j]) {
                i--;
            } else if (best[i][j] == best[i][j - 1]) {
                j--;
            } else {
                pairs.put(olds.get(i - 1).number(), news.get(j - 1).number());
                i--;
                j--;
            }
        }
        return pairs;
    }
}
