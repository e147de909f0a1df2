package org.quanze.impact.correspondence;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.quanze.law.LawText;

/**
 * Derives which articles of a new version of a law carry on the articles of an old one, from
 * the two official texts alone (no 新旧对照表 exists for these revisions), then applies the
 * curated overrides.
 * <p>
 * Method, and why:
 * <ol>
 * <li>Texts are NFKC-folded (the versions differ in full/half-width punctuation) and compared
 * without punctuation and item numbers, as multisets of character pairs ({@link Bigrams}):
 * Chinese has no word spaces, single characters are too common, pairs are specific yet survive
 * light rewording.</li>
 * <li>Whole articles are aligned in order by dynamic programming ({@link Backbone}), because
 * revisions mostly keep the order and order disambiguates articles built from stock phrases.</li>
 * <li>Each old clause is then looked up first in its aligned article, then anywhere; and each new
 * clause left without a source is traced back ({@link ClauseAttribution}). Working per clause
 * is what finds splits, merges, moves against the order, and the paragraph an old article
 * became.</li>
 * <li>Successors and types follow from how much text went where ({@link MappingDeriver}).</li>
 * </ol>
 * Thresholds, and why (each constant's comment gives the figures behind it):
 * <ul>
 * <li>Pairs are weighted by inverse document frequency ({@link PairWeights}): liability articles
 * share long stock phrases (对直接负责的主管人员和其他直接责任人员依法给予处分) that, unweighted,
 * make unrelated articles look alike.</li>
 * <li>Articles are paired in order from a weighted Dice of 0.3 ({@link Backbone#MIN_SIMILARITY}):
 * most true successors reach it, and wrong look-alikes that do are kept off by the order.</li>
 * <li>A clause needs only 0.2 of its weight found in its paired article, but 0.6 and a lead of
 * 0.15 over that elsewhere ({@link ClauseAttribution}): these texts repeat themselves, so a
 * clause's best match outside its successor is above 0.6 for one clause in seven.</li>
 * <li>A new article is a successor when it holds 0.2 of the old article or 0.4 of it comes from
 * the old one ({@link MappingDeriver}): one stray stock clause must not make a split.</li>
 * </ul>
 * They were set on the secrecy law (2010 → 2024) and its regulation (2014 → 2024) and checked
 * against the hand-made fixture {@code testing/correspondence/expected-pairs.tsv}: moving any one
 * by about 0.05 changes at most one or two of its 96 entries. They are no proof for other laws;
 * where the derivation is wrong, the curated overrides say so with a reason.
 */
public final class ArticleCorrespondence {

    private final CorrespondenceOverrides overrides;

    public ArticleCorrespondence(CorrespondenceOverrides overrides) {
        this.overrides = Objects.requireNonNull(overrides, "overrides");
    }

    public Correspondence between(LawText oldText, LawText newText) {
        if (!oldText.title().equals(newText.title())) {
            throw new IllegalArgumentException("not two versions of one document: " + oldText.title()
                    + " (" + oldText.fileName() + ") and " + newText.title() + " (" + newText.fileName() + ")");
        }
        PairWeights weights = PairWeights.of(oldText, newText);
        List<ArticleText> olds = ArticleText.of(oldText, weights);
        List<ArticleText> news = ArticleText.of(newText, weights);
        Map<Integer, Integer> backbone = Backbone.align(olds, news);
        List<Link> links = new ClauseAttribution(olds, news, backbone, weights).links();
        List<ArticleMapping> mappings = overrides.apply(oldText, newText, new MappingDeriver(olds, news).derive(links));
        return new Correspondence(oldText.title(), oldText.versionDate(), newText.versionDate(), mappings,
                withoutPredecessor(news, mappings));
    }

    private static List<Integer> withoutPredecessor(List<ArticleText> news, List<ArticleMapping> mappings) {
        Set<Integer> orphans = new TreeSet<>();
        news.forEach(a -> orphans.add(a.number()));
        mappings.forEach(m -> m.targets().forEach(t -> orphans.remove(t.article())));
        return List.copyOf(orphans);
    }
}
