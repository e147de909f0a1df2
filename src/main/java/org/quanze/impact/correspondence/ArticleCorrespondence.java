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
 * The thresholds are on those classes, each with the reason for its value; they were set on
 * the secrecy law (2010 → 2024) and its regulation (2014 → 2024) and checked against the
 * hand-made fixture {@code testing/correspondence/expected-pairs.tsv}.
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
