package org.quanze.impact.correspondence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A second look inside the new article an old clause went to, for content the first look
 * missed because it was split or reworded too much to be found on its own:
 * <ul>
 * <li>a comma-separated part of the clause that its link does not cover, found whole in another
 * clause of that article (2010 第四十四条 …有关机关、单位应当配合 went to 第五十一条第一款, its
 * last part to 第五十一条第三款: 有关机关、单位和个人应当配合…);</li>
 * <li>a clause left unlinked between two clauses that went to the same article, matched to a
 * clause standing between their targets there (2014 条例 第三十三条's 对保密检查应当予以配合, now
 * 第五十九条第二款 between the paragraphs its neighbours went to).</li>
 * </ul>
 * Both only search one article already shown to be the successor, so weak evidence suffices.
 */
final class ClauseRefinement {

    /**
     * A part must be found at least this much in the other clause … (0.45 to 0.55 alike; 0.6
     * misses 2014 条例 第二十五条's …及时向保密行政管理部门报告, 0.57 in 第三十五条第三款 …备案).
     */
    static final double PART_KEEP = 0.5;
    /** … and by this much better than in the clause its whole went to. */
    static final double PART_GAIN = 0.2;
    /** Parts shorter than this (characters) are stock phrases, not content. */
    static final int MIN_PART_LENGTH = 4;
    /**
     * Order vouches for a sandwiched clause; the text need only not contradict it (2014 条例
     * 第三十三条's 配合 sentence keeps 0.15 in 第五十九条第二款; 0.2 loses it).
     */
    static final double GAP_KEEP = 0.1;

    private final Map<Integer, ArticleText> news = new LinkedHashMap<>();

    ClauseRefinement(List<ArticleText> news) {
        news.forEach(a -> this.news.put(a.number(), a));
    }

    /** Links to add to the given forward links. */
    List<Link> refine(List<ArticleText> olds, List<Link> forward) {
        Set<Clause> reached = new HashSet<>();
        forward.forEach(l -> reached.add(l.to().plain()));
        List<Link> added = new ArrayList<>();
        for (Link l : forward) {
            residualParts(l, reached).ifPresent(link -> add(link, added, reached));
        }
        for (ArticleText old : olds) {
            sandwiched(old, forward, reached).forEach(link -> add(link, added, reached));
        }
        return added;
    }

    private static void add(Link link, List<Link> added, Set<Clause> reached) {
        added.add(link);
        reached.add(link.to());
    }

    private Optional<Link> residualParts(Link link, Set<Clause> reached) {
        Clause target = link.to();
        Link best = null;
        for (Bigrams part : link.from().parts()) {
            double covered = part.containedIn(target.bigrams());
            if (part.length() < MIN_PART_LENGTH) {
                continue;
            }
            for (Clause other : news.get(target.article()).clauses()) {
                double score = part.containedIn(other.bigrams());
                if (!reached.contains(other) && score >= PART_KEEP && score >= covered + PART_GAIN
                        && (best == null || score > best.score())) {
                    best = new Link(link.from(), other, score);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private List<Link> sandwiched(ArticleText old, List<Link> forward, Set<Clause> reached) {
        Map<Clause, Clause> targetOf = new LinkedHashMap<>();
        forward.stream().filter(l -> l.from().article() == old.number()).forEach(l -> targetOf.put(l.from(), l.to().plain()));
        List<Clause> clauses = old.clauses();
        List<Link> found = new ArrayList<>();
        for (int k = 1; k < clauses.size() - 1; k++) {
            Clause before = targetOf.get(clauses.get(k - 1));
            Clause after = targetOf.get(clauses.get(k + 1));
            if (!targetOf.containsKey(clauses.get(k)) && before != null && after != null
                    && before.article() == after.article()) {
                between(clauses.get(k), before, after, reached).ifPresent(found::add);
            }
        }
        return found;
    }

    private Optional<Link> between(Clause c, Clause before, Clause after, Set<Clause> reached) {
        List<Clause> there = news.get(before.article()).clauses();
        Link best = null;
        for (int i = there.indexOf(before) + 1; i < there.indexOf(after); i++) {
            Clause n = there.get(i);
            double score = c.bigrams().containedIn(n.bigrams());
            if (!reached.contains(n) && score >= GAP_KEEP && (best == null || score > best.score())) {
                best = new Link(c, n, score);
            }
        }
        return Optional.ofNullable(best);
    }
}
