package org.quanze.impact.correspondence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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
 * Why home first: on the hand-checked pairs an old clause's best share (by {@link PairWeights
 * weight}) in its true successor is 1.0 in the median and above 0.4 for 95% of clauses, but its
 * best share in some other article is 0.25 in the median and above 0.6 for one clause in seven,
 * because these texts repeat themselves (the prohibitions of 2010 第二十五条 recur as liability
 * items in 第四十八条). So a clause is looked for at home ({@link Homes}), where order vouches for
 * the match and a low share suffices, and elsewhere only with a high share, a clause long enough
 * to be distinctive, and a clear lead over the home match. Each threshold below can move by
 * about 0.05 without changing the result on the fixture; where a value is tighter, it says so.
 */
final class ClauseAttribution {

    /**
     * Share of an old clause found in a clause at home. Reworded clauses keep as little as 0.22
     * (2010 第八条 → 2024 第十二条第二款); 0.3 loses that one and 2010 第三十条 → 第三十七条.
     */
    static final double KEEP_AT_HOME = 0.2;
    /** Share of an old clause found in a clause anywhere else; 0.7 loses real moves (2014 条例 第四十二条 → 第六十七条). */
    static final double KEEP_MOVED = 0.6;
    /**
     * How much better a match elsewhere must be to beat the match at home; 0.2 keeps 2014 条例
     * 第四十三条 in 第六十八条, whose liability boilerplate it shares, instead of item （六） of 第六十七条.
     */
    static final double HOME_MARGIN = 0.15;
    /** Share of a new clause found in what an old clause of a feeding article left unused (0.25 to 0.4 alike). */
    static final double ORIGIN_AT_HOME = 0.35;
    /** Share of a new clause found in any old clause (0.6 to 0.8 alike). */
    static final double ORIGIN_MOVED = 0.7;
    /**
     * A rewritten clause may stay below both shares above while sharing a good part in both
     * directions (2014 条例 第二十五条第二款 and 2024 第三十五条第一款: 0.44 and 0.41; 0.5 loses
     * it); chance resemblance is lopsided: a short stock clause wholly inside a long one.
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
    /** Every new clause and item, and every old clause: the candidates anywhere, made once. */
    private List<Clause> allTargets;
    private List<Clause> allSources;

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
        Map<Clause, Bigrams> unused = new HashMap<>();
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
        // A candidate lighter than ORIGIN_MOVED of this clause cannot hold that much of it: left out before the test.
        List<Clause> candidates = sources(null).stream()
                .filter(c -> c.bigrams().size() >= ORIGIN_MOVED * n.bigrams().size())
                .filter(c -> keep(c, n) > foundAtHome.getOrDefault(c, 0.0)).toList();
        return best(n, candidates, c -> n.bigrams().containedIn(c.bigrams()), ORIGIN_MOVED, -1).map(Link::reversed);
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
        // Below BOTH_WAYS_MOVED of a's weight b cannot hold enough of a to count (the score stays under every
        // threshold it is compared with): the pairs are not counted, which is most of the work on a long text.
        if (b.bigrams().size() < BOTH_WAYS_MOVED * a.bigrams().size()) {
            return 0;
        }
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
        if (numbers == null) {
            if (allTargets == null) {
                allTargets = articleTargets(null);
            }
            return allTargets;
        }
        return articleTargets(numbers);
    }

    private List<Clause> articleTargets(Set<Integer> numbers) {
        List<ArticleText> chosen = news.stream().filter(a -> numbers == null || numbers.contains(a.number())).toList();
        return Stream.concat(chosen.stream().flatMap(a -> a.clauses().stream()),
                chosen.stream().flatMap(a -> a.itemsInContext().stream())).toList();
    }

    private List<Clause> sources(Set<Integer> numbers) {
        if (numbers == null) {
            if (allSources == null) {
                allSources = olds.stream().flatMap(a -> a.clauses().stream()).toList();
            }
            return allSources;
        }
        return olds.stream().filter(a -> numbers == null || numbers.contains(a.number()))
                .flatMap(a -> a.clauses().stream()).toList();
    }
}
