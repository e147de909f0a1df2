package org.quanze.impact.correspondence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.quanze.ingest.ChineseNumerals;

/**
 * Turns clause links into one mapping per old article. A new article counts as a successor
 * when at least {@link #SHARE_OF_OLD} of the old article went there, or when at least
 * {@link #SHARE_OF_NEW} of the new article came from it: the first catches the main successor,
 * the second a small piece carved out into an article of its own (2010 第十三条 → 2024 第十八条),
 * and both keep one stray stock clause from making a split.
 */
final class MappingDeriver {

    /** 0.15 gives the same result; 0.25 loses 2010 第八条 → 2024 第十二条第二款, at 0.22. */
    static final double SHARE_OF_OLD = 0.2;
    /** 0.3 to 0.5 give the same result. */
    static final double SHARE_OF_NEW = 0.4;

    private final Map<Integer, ArticleText> olds = new LinkedHashMap<>();
    private final Map<Integer, ArticleText> news = new LinkedHashMap<>();

    MappingDeriver(List<ArticleText> olds, List<ArticleText> news) {
        olds.forEach(a -> this.olds.put(a.number(), a));
        news.forEach(a -> this.news.put(a.number(), a));
    }

    List<ArticleMapping> derive(List<Link> links) {
        Map<Integer, List<TargetEvidence>> successors = new LinkedHashMap<>();
        Map<Integer, List<Integer>> feeders = new HashMap<>();
        for (ArticleText old : olds.values()) {
            List<TargetEvidence> significant = evidence(old, links).stream()
                    .filter(e -> e.shareOfOld() >= SHARE_OF_OLD || e.shareOfNew() >= SHARE_OF_NEW).toList();
            successors.put(old.number(), significant);
            significant.forEach(e -> feeders.computeIfAbsent(e.newArticle(), n -> new ArrayList<>()).add(old.number()));
        }
        List<ArticleMapping> mappings = new ArrayList<>();
        successors.forEach((number, evidence) -> mappings.add(mapping(olds.get(number), evidence, feeders)));
        return mappings;
    }

    private List<TargetEvidence> evidence(ArticleText old, List<Link> links) {
        Map<Integer, TargetEvidence> byArticle = new LinkedHashMap<>();
        links.stream().filter(l -> l.from().article() == old.number())
                .sorted((a, b) -> Integer.compare(a.to().article(), b.to().article()))
                .forEach(l -> byArticle.computeIfAbsent(l.to().article(),
                        n -> new TargetEvidence(old, news.get(n))).add(l));
        return List.copyOf(byArticle.values());
    }

    private ArticleMapping mapping(ArticleText old, List<TargetEvidence> evidence, Map<Integer, List<Integer>> feeders) {
        if (evidence.isEmpty()) {
            return new ArticleMapping(old.number(), ChangeType.REPEALED, List.of(), MappingSource.DERIVED,
                    "no clause of the article found in the new text");
        }
        if (evidence.size() > 1) {
            List<Target> targets = evidence.stream().map(e -> e.target(false)).toList();
            return new ArticleMapping(old.number(), ChangeType.SPLIT, targets, MappingSource.DERIVED,
                    "clauses found in " + targets.stream().map(MappingDeriver::label).collect(Collectors.joining("、")));
        }
        TargetEvidence only = evidence.get(0);
        ArticleText successor = news.get(only.newArticle());
        List<Integer> others = feeders.get(successor.number()).stream().filter(n -> n != old.number()).toList();
        ChangeType type = type(old, successor, others);
        Target target = only.target(true);
        return new ArticleMapping(old.number(), type, List.of(target), MappingSource.DERIVED,
                reason(type, old, successor, only, target, others));
    }

    private static ChangeType type(ArticleText old, ArticleText successor, List<Integer> otherFeeders) {
        if (old.canonical().equals(successor.canonical())) {
            return old.number() == successor.number() ? ChangeType.UNCHANGED : ChangeType.RENUMBERED;
        }
        return otherFeeders.isEmpty() ? ChangeType.AMENDED : ChangeType.MERGED;
    }

    private static String reason(ChangeType type, ArticleText old, ArticleText successor, TargetEvidence only,
                                 Target target, List<Integer> others) {
        if (type == ChangeType.UNCHANGED || type == ChangeType.RENUMBERED) {
            return "same text after folding full/half-width punctuation";
        }
        if (old.comparable().equals(successor.comparable())) {
            return "same words in " + label(target) + "; only punctuation differs";
        }
        String found = String.format("%d of %d clauses found in %s (%.0f%% of the old text by weight)",
                only.clauseCount(), old.clauses().size(), label(target), 100 * only.shareOfOld());
        return type == ChangeType.MERGED ? found + ", together with " + others.stream()
                .map(n -> "第" + ChineseNumerals.format(n) + "条").collect(Collectors.joining("、")) : found;
    }

    /** 第五十二条第二款 style, as a reader of the law writes it. */
    static String label(Target t) {
        String article = "第" + ChineseNumerals.format(t.article()) + "条";
        return t.paragraphs().isEmpty() ? article : article + t.paragraphs().stream()
                .map(p -> "第" + ChineseNumerals.format(p) + "款").collect(Collectors.joining("、"));
    }
}
