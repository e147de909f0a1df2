package org.quanze.impact.correspondence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds, clause by clause, where the old text went. Two passes, because a revision both moves
 * old clauses (seen from the old side: most of the old clause is found in one new clause) and
 * splits or rewrites them into several new clauses (seen from the new side: most of a new clause
 * is found in one old clause, as 2024 第十八条 is carved out of 2010 第十三条第三款).
 * <p>
 * A clause is looked for at home ({@link Homes}), where order vouches for the match and a low
 * share suffices, and in the whole text, where the share must be high and the clause long enough
 * to be distinctive: short stock clauses (有关机关、单位应当配合) occur in many articles and would
 * be scattered at random. Home wins unless the match elsewhere is clearly better, since order is
 * evidence too. Shares are by {@link PairWeights weight}, so stock phrases count little. The
 * values below were read off the secrecy law and regulation: weighted shares of unrelated
 * clauses mostly stay under 0.15, rarely reach 0.45 (liability boilerplate), while a clause that
 * survived keeps from about 0.2 (reworded) to 1.
 */
final class ClauseAttribution {

    /** Share of an old clause found in a clause at home. */
    static final double KEEP_AT_HOME = 0.2;
    /** Share of an old clause found in a clause anywhere else. */
    static final double KEEP_MOVED = 0.6;
    /** How much better a match elsewhere must be to beat the match at home. */
    static final double HOME_MARGIN = 0.15;
    /** Share of a new clause found in an old clause of an article already feeding its article. */
    static final double ORIGIN_AT_HOME = 0.3;
    /** Share of a new clause found in any old clause. */
    static final double ORIGIN_MOVED = 0.7;
    /**
     * A rewritten clause (2010 第二十九条 → 2024 第四十二条第一款) may stay below both shares above
     * while sharing a good part in both directions; chance resemblance is lopsided: a short stock
     * clause wholly inside a long one.
     */
    static final double BOTH_WAYS_MOVED = 0.4;
    /** Clauses shorter than this (characters, punctuation removed) are only matched at home. */
    static final int MIN_MOVED_LENGTH = 8;
    /** An item read with its lead must add this much to what the lead alone matches. */
    static final double ITEM_CONTRIBUTION = 0.1;

    private final List<ArticleText> olds;
    private final List<ArticleText> news;
    private final Map<Integer, Integer> backbone;
    private final Homes homes;
    private final PairWeights weights;

    ClauseAttribution(List<ArticleText> olds, List<ArticleText> news, Map<Integer, Integer> backbone,
                      PairWeights weights) {
        this.weights = weights;
        this.olds = olds;
        this.news = news;
        this.backbone = backbone;
        this.homes = new Homes(olds, news, backbone);
    }

    List<Link> links() {
        List<Link> links = new ArrayList<>();
        for (ArticleText old : olds) {
            int previous = -1;
            for (Clause c : old.clauses()) {
                Optional<Link> link = forward(c, previous);
                if (link.isPresent()) {
                    links.add(link.get());
                    previous = link.get().to().article();
                }
            }
        }
        links.addAll(new ClauseRefinement(news).refine(olds, List.copyOf(links)));
        Map<Clause, Double> atHome = links.stream().filter(this::isHome)
                .collect(Collectors.toMap(Link::from, Link::score, Math::max));
        Map<Clause, Bigrams> unused = unused(links);
        Set<Clause> reached = links.stream().map(l -> l.to().plain()).collect(Collectors.toSet());
        for (ArticleText neu : news) {
            Set<Integer> feeders = feeders(neu.number(), links);
            for (Clause n : neu.clauses()) {
                if (!reached.contains(n)) {
                    backward(n, feeders, atHome, unused).ifPresent(links::add);
                }
            }
        }
        return links;
    }

    /**
     * What of each linked old clause its targets do not hold. A new clause that only repeats the
     * subject an old clause shares with its successor (从事涉及国家秘密业务的企业事业单位, now
     * followed by a new duty in 2024 第四十一条第一款) is new text, not a second home of the old one.
     */
    private Map<Clause, Bigrams> unused(List<Link> links) {
        Map<Clause, Bigrams> unused = new java.util.HashMap<>();
        for (Link l : links) {
            Bigrams rest = unused.getOrDefault(l.from(), l.from().bigrams());
            unused.put(l.from(), rest.minus(l.to().bigrams(), weights));
        }
        return unused;
    }

    private Optional<Link> forward(Clause c, int previous) {
        Optional<Link> atHome = best(c, targets(homes.of(c.article())), n -> keep(c, n), KEEP_AT_HOME, previous);
        if (c.length() < MIN_MOVED_LENGTH) {
            return atHome;
        }
        Optional<Link> elsewhere = best(c, targets(null), n -> moved(c, n), KEEP_MOVED, previous);
        if (elsewhere.isPresent() && (atHome.isEmpty() || elsewhere.get().score() >= atHome.get().score() + HOME_MARGIN)) {
            return elsewhere;
        }
        return atHome;
    }

    private Optional<Link> backward(Clause n, Set<Integer> feeders, Map<Clause, Double> foundAtHome,
                                    Map<Clause, Bigrams> unused) {
        Optional<Link> atHome = best(n, sources(feeders),
                c -> n.bigrams().containedIn(unused.getOrDefault(c, c.bigrams())), ORIGIN_AT_HOME, -1)
                .map(Link::reversed);
        if (atHome.isPresent() || n.length() < MIN_MOVED_LENGTH) {
            return atHome;
        }
        // An old clause found at home lives on elsewhere too only if it is found better there: the
        // same words elsewhere are otherwise new text in stock phrasing (构成犯罪的，依法追究刑事责任).
        List<Clause> candidates = sources(null).stream()
                .filter(c -> keep(c, n) > foundAtHome.getOrDefault(c, 0.0)).toList();
        return best(n, candidates, c -> Math.max(moved(n, c), moved(c, n) >= KEEP_MOVED ? moved(c, n) : 0),
                ORIGIN_MOVED, -1).map(Link::reversed);
    }

    /** Share of {@code c} found in {@code n}; an item with its lead only counts where the item adds to the lead. */
    private static double keep(Clause c, Clause n) {
        double share = c.bigrams().containedIn(n.bigrams());
        if (n.context() != null && share < c.bigrams().containedIn(n.context().lead()) + ITEM_CONTRIBUTION) {
            return 0;
        }
        return share;
    }

    /**
     * How surely {@code a} lives on in {@code b} away from home: its share there, or, when both
     * texts hold at least {@link #BOTH_WAYS_MOVED} of each other, {@link #KEEP_MOVED} itself.
     */
    private static double moved(Clause a, Clause b) {
        double there = keep(a, b);
        double back = b.bigrams().containedIn(a.bigrams());
        return there < KEEP_MOVED && there >= BOTH_WAYS_MOVED && back >= BOTH_WAYS_MOVED ? KEEP_MOVED : there;
    }

    private boolean isHome(Link link) {
        return homes.of(link.from().article()).contains(link.to().article());
    }

    /** The old articles already linked into this new article, and its backbone partner. */
    private Set<Integer> feeders(int newArticle, List<Link> links) {
        Set<Integer> feeders = new HashSet<>();
        backbone.forEach((o, n) -> {
            if (n == newArticle) {
                feeders.add(o);
            }
        });
        links.stream().filter(l -> l.to().article() == newArticle).forEach(l -> feeders.add(l.from().article()));
        return feeders;
    }

    /**
     * The best-scoring candidate at or above the threshold. Of equal scores the first wins (plain
     * clauses come before items read with their lead), except that one in the article the
     * previous clause went to is preferred: the clauses of a provision tend to stay together.
     */
    private static Optional<Link> best(Clause self, Collection<Clause> candidates, ToDoubleFunction<Clause> score,
                                       double threshold, int previous) {
        Link best = null;
        for (Clause other : candidates) {
            double s = score.applyAsDouble(other);
            if (s >= threshold && (best == null || s > best.score()
                    || s == best.score() && other.article() == previous && best.to().article() != previous)) {
                best = new Link(self, other, s);
            }
        }
        return Optional.ofNullable(best);
    }

    /** Clauses of the given new articles (all when null), then their items read with their lead. */
    private List<Clause> targets(Set<Integer> numbers) {
        List<ArticleText> chosen = news.stream().filter(a -> numbers == null || numbers.contains(a.number())).toList();
        return Stream.concat(chosen.stream().flatMap(a -> a.clauses().stream()),
                chosen.stream().flatMap(a -> a.itemsInContext().stream())).toList();
    }

    private List<Clause> sources(Set<Integer> numbers) {
        return olds.stream().filter(a -> numbers == null || numbers.contains(a.number()))
                .flatMap(a -> a.clauses().stream()).toList();
    }
}
