package org.quanze.impact.correspondence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where an old article's clauses are looked for first. An article on the {@link Backbone} has its
 * partner. An article left off it is looked for in the order window between the partners of its
 * nearest aligned neighbours (2010 第八条 sits between 第七条 → 第八条 and 第九条 → 第十三条, so
 * in 2024 第八至十三条), and, when it moved against the order as a whole, in the article most
 * like it ({@link #MOVED_ARTICLE}).
 */
final class Homes {

    /**
     * Weighted Dice from which an article off the order path is taken to have moved as a whole to
     * its most similar new article. In both pairs every old article whose most similar new article
     * reaches 0.4 is a true successor of it (2010 第二十三条 → 2024 第三十条: 0.87); look-alikes
     * reach 0.5 only where the true successor is more similar still. 0.35 to 0.5 give the same result.
     */
    static final double MOVED_ARTICLE = 0.4;

    private final Map<Integer, Set<Integer>> homes = new HashMap<>();

    Homes(List<ArticleText> olds, List<ArticleText> news, Map<Integer, Integer> backbone) {
        for (int i = 0; i < olds.size(); i++) {
            ArticleText old = olds.get(i);
            Set<Integer> home = new TreeSet<>();
            Integer partner = backbone.get(old.number());
            if (partner != null) {
                home.add(partner);
            } else {
                home.addAll(window(i, olds, news, backbone));
                mostAlike(old, news).ifPresent(home::add);
            }
            homes.put(old.number(), home);
        }
    }

    Set<Integer> of(int oldArticle) {
        return homes.getOrDefault(oldArticle, Set.of());
    }

    private static Set<Integer> window(int index, List<ArticleText> olds, List<ArticleText> news,
                                       Map<Integer, Integer> backbone) {
        int from = news.get(0).number();
        int to = news.get(news.size() - 1).number();
        for (int k = index - 1; k >= 0; k--) {
            Integer partner = backbone.get(olds.get(k).number());
            if (partner != null) {
                from = partner;
                break;
            }
        }
        for (int k = index + 1; k < olds.size(); k++) {
            Integer partner = backbone.get(olds.get(k).number());
            if (partner != null) {
                to = partner;
                break;
            }
        }
        Set<Integer> window = new TreeSet<>();
        for (int n = from; n <= to; n++) {
            window.add(n);
        }
        return window;
    }

    private static Optional<Integer> mostAlike(ArticleText old, List<ArticleText> news) {
        ArticleText best = null;
        double bestScore = MOVED_ARTICLE;
        for (ArticleText neu : news) {
            double score = old.bigrams().dice(neu.bigrams());
            if (score >= bestScore) {
                best = neu;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best).map(ArticleText::number);
    }
}
