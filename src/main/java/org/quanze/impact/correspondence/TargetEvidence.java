package org.quanze.impact.correspondence;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The links from one old article into one new article, summed up. */
final class TargetEvidence {

    private final ArticleText oldArticle;
    private final ArticleText newArticle;
    private final Set<Clause> from = new LinkedHashSet<>();
    private final Set<Clause> to = new LinkedHashSet<>();

    TargetEvidence(ArticleText oldArticle, ArticleText newArticle) {
        this.oldArticle = oldArticle;
        this.newArticle = newArticle;
    }

    void add(Link link) {
        from.add(link.from());
        to.add(link.to());
    }

    int newArticle() {
        return newArticle.number();
    }

    /** Weight of the text shared by the linked clauses of both sides. */
    private double shared() {
        return fromText().shared(toText());
    }

    /** Share of the old article's text (by weight) that went into this article. */
    double shareOfOld() {
        return shared() / Math.max(1e-9, oldArticle.bigrams().size());
    }

    /** Share of this new article's text (by weight) that came from the old article. */
    double shareOfNew() {
        return shared() / Math.max(1e-9, newArticle.bigrams().size());
    }

    int clauseCount() {
        return from.size();
    }

    /** The paragraphs reached, or none when they are all of the article's paragraphs. */
    List<Integer> paragraphs() {
        Set<Integer> reached = new TreeSet<>();
        to.forEach(c -> reached.add(c.paragraph()));
        return reached.size() == newArticle.paragraphCount() ? List.of() : List.copyOf(reached);
    }

    /**
     * Similarity of the old text that went here with the text of the paragraphs it reached (the
     * whole article when it reached all of them). When the article went nowhere else the whole
     * old article is compared, so that an untouched article scores exactly 1.
     */
    Target target(boolean onlyTarget) {
        Bigrams old = onlyTarget ? oldArticle.bigrams() : fromText();
        return new Target(newArticle.number(), paragraphs(), round(old.dice(newArticle.bigrams(paragraphs()))));
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private Bigrams fromText() {
        return Bigrams.concat(from.stream().map(Clause::bigrams).toList(), oldArticle.weights());
    }

    private Bigrams toText() {
        return Bigrams.concat(to.stream().map(Clause::bigrams).toList(), oldArticle.weights());
    }
}
