package org.quanze.impact.correspondence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns clause links into one mapping per old article. A new article counts as a successor
 * when at least {@link #SHARE_OF_OLD} of the old article went there, or when at least
 * {@link #SHARE_OF_NEW} of the new article came from it: the first catches the main successor,
 * the second a small piece carved out into an article of its own (2010 第十三条 → 2024 第十八条),
 * and both keep one stray stock clause from making a split.
 */
final class MappingDeriver {

    static final double SHARE_OF_OLD = 0.2;
    static final double SHARE_OF_NEW = 0.4;

    private final Map<Integer, ArticleText> olds = new LinkedHashMap<>();
    private final Map<Integer, ArticleText> news = new LinkedHashMap<>();

    MappingDeriver(List<ArticleText> olds, List<ArticleText> news) {
        olds.forEach(a -> this.olds.put(a.number(), a));
        news.forEach(a -> this.news.put(a.number(), a));
    }

    List<ArticleMapping> derive(List<Link> links) {
        Map<Integer, List<TargetEvidence>> successors = new LinkedHashMap<>();
        Map<Integer, Integer> feedersPerNew = new HashMap<>();
        for (ArticleText old : olds.values()) {
            List<TargetEvidence> significant = evidence(old, links).stream()
                    .filter(e -> e.shareOfOld() >= SHARE_OF_OLD || e.shareOfNew() >= SHARE_OF_NEW).toList();
            successors.put(old.number(), significant);
            significant.forEach(e -> feedersPerNew.merge(e.newArticle(), 1, Integer::sum));
        }
        List<ArticleMapping> mappings = new ArrayList<>();
        successors.forEach((number, evidence) -> mappings.add(mapping(olds.get(number), evidence, feedersPerNew)));
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

    private ArticleMapping mapping(ArticleText old, List<TargetEvidence> evidence, Map<Integer, Integer> feedersPerNew) {
        if (evidence.isEmpty()) {
            return new ArticleMapping(old.number(), ChangeType.REPEALED, List.of(), MappingSource.DERIVED,
                    "no clause of the article found in the new text");
        }
        if (evidence.size() > 1) {
            return new ArticleMapping(old.number(), ChangeType.SPLIT,
                    evidence.stream().map(e -> e.target(false)).toList(), MappingSource.DERIVED, splitReason(evidence));
        }
        TargetEvidence only = evidence.get(0);
        ArticleText successor = news.get(only.newArticle());
        ChangeType type = type(old, successor, feedersPerNew.get(successor.number()));
        return new ArticleMapping(old.number(), type, List.of(only.target(true)), MappingSource.DERIVED,
                reason(type, old, successor, only));
    }

    private static ChangeType type(ArticleText old, ArticleText successor, int feeders) {
        if (old.canonical().equals(successor.canonical())) {
            return old.number() == successor.number() ? ChangeType.UNCHANGED : ChangeType.RENUMBERED;
        }
        return feeders > 1 ? ChangeType.MERGED : ChangeType.AMENDED;
    }

    private static String reason(ChangeType type, ArticleText old, ArticleText successor, TargetEvidence only) {
        if (type == ChangeType.AMENDED && old.comparable().equals(successor.comparable())) {
            return "same words in 第" + successor.number() + "条; only punctuation differs";
        }
        return switch (type) {
            case UNCHANGED, RENUMBERED -> "same text after folding full/half-width punctuation";
            case MERGED -> String.format("%d of %d clauses found in 第%d条, which also takes in other old articles",
                    only.clauseCount(), old.clauses().size(), only.newArticle());
            default -> String.format("%d of %d clauses found in 第%d条 (%.0f%% of the old text)",
                    only.clauseCount(), old.clauses().size(), only.newArticle(), 100 * only.shareOfOld());
        };
    }

    private static String splitReason(List<TargetEvidence> evidence) {
        return "clauses found in " + evidence.stream()
                .map(e -> String.format("第%d条 (%d)", e.newArticle(), e.clauseCount()))
                .collect(Collectors.joining(", "));
    }
}
