package org.quanze.law;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A token-level diff of an old and a new text (java-diff-utils, Myers), for showing them side by
 * side. Tokens that differ only in full/half width (: and ：) count as equal: the versions of
 * these laws mix both and the change carries no meaning; each side still shows its own text.
 */
public final class TextDiff {

    /** A run of text with what happened to it. */
    public record Segment(Kind kind, String text) {
        public enum Kind { EQUAL, DELETED, INSERTED }
    }

    private final List<Segment> segments;
    private final List<Segment> oldSide;
    private final List<Segment> newSide;

    private TextDiff(List<Segment> segments, List<Segment> oldSide, List<Segment> newSide) {
        this.segments = List.copyOf(segments);
        this.oldSide = List.copyOf(oldSide);
        this.newSide = List.copyOf(newSide);
    }

    public static TextDiff of(String oldText, String newText) {
        List<String> olds = DiffTokens.of(Objects.requireNonNull(oldText, "oldText"));
        List<String> news = DiffTokens.of(Objects.requireNonNull(newText, "newText"));
        Builder b = new Builder();
        int o = 0;
        int n = 0;
        // Diffed by their canonical forms, computed once per token: the diff compares tokens many times each, and
        // canonicalising both at every comparison was most of the quote check's time in a load. Two tokens are the
        // same exactly when their canonical forms are; each side still shows its own tokens.
        for (AbstractDelta<String> d : DiffUtils.diff(canonical(olds), canonical(news)).getDeltas()) {
            int from = d.getSource().getPosition();
            int to = d.getTarget().getPosition();
            b.equal(olds.subList(o, from), news.subList(n, to));
            b.add(Segment.Kind.DELETED, olds.subList(from, from + d.getSource().size()));
            b.add(Segment.Kind.INSERTED, news.subList(to, to + d.getTarget().size()));
            o = from + d.getSource().size();
            n = to + d.getTarget().size();
        }
        b.equal(olds.subList(o, olds.size()), news.subList(n, news.size()));
        return new TextDiff(b.segments, b.oldSide, b.newSide);
    }

    /** All segments in reading order: equal text (as in the old text), deletions before insertions. */
    public List<Segment> segments() {
        return segments;
    }

    /** The old text as segments: EQUAL and DELETED. */
    public List<Segment> oldSide() {
        return oldSide;
    }

    /** The new text as segments: EQUAL and INSERTED. */
    public List<Segment> newSide() {
        return newSide;
    }

    /** Whether the texts differ in more than character width. */
    public boolean changed() {
        return segments.stream().anyMatch(s -> s.kind() != Segment.Kind.EQUAL);
    }

    private static List<String> canonical(List<String> tokens) {
        return tokens.stream().map(Normalised::canonical).toList();
    }

    /** Collects segments, joining neighbours of the same kind. */
    private static final class Builder {
        private final List<Segment> segments = new ArrayList<>();
        private final List<Segment> oldSide = new ArrayList<>();
        private final List<Segment> newSide = new ArrayList<>();

        void equal(List<String> oldTokens, List<String> newTokens) {
            append(segments, Segment.Kind.EQUAL, oldTokens);
            append(oldSide, Segment.Kind.EQUAL, oldTokens);
            append(newSide, Segment.Kind.EQUAL, newTokens);
        }

        void add(Segment.Kind kind, List<String> tokens) {
            append(segments, kind, tokens);
            append(kind == Segment.Kind.DELETED ? oldSide : newSide, kind, tokens);
        }

        private static void append(List<Segment> to, Segment.Kind kind, List<String> tokens) {
            if (tokens.isEmpty()) {
                return;
            }
            String text = String.join("", tokens);
            int last = to.size() - 1;
            if (last >= 0 && to.get(last).kind() == kind) {
                to.set(last, new Segment(kind, to.get(last).text() + text));
            } else {
                to.add(new Segment(kind, text));
            }
        }
    }
}
