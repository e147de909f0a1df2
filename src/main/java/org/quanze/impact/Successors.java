package org.quanze.impact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quanze.impact.correspondence.ChangeType;
import org.quanze.impact.correspondence.CorrespondenceGraph;
import org.quanze.reading.GraphReader;
import org.quanze.reading.ImpactQueries;
import org.quanze.reading.VersionRef;
import org.quanze.vocab.QZ;

/**
 * Follows an article through the correspondence graphs: what became of it from its version to a
 * later one, one pair of consecutive versions at a time.
 * <p>
 * Over several pairs the change is summed up: repealed when nothing is left, split when it ends
 * in more than one article, unchanged or renumbered only when every step was, merged when any
 * step merged it, amended otherwise; the paragraphs named are those of the last step.
 */
public final class Successors {

    /** A successor article, and the paragraphs of it that carry the old one (empty: all of it). */
    public record Target(String article, int number, List<Integer> paragraphs) {
        public Target {
            paragraphs = List.copyOf(paragraphs);
        }

        /** 52 or 52(2) or 43(3,4). */
        public String label() {
            return paragraphs.isEmpty() ? Integer.toString(number)
                    : number + "(" + String.join(",", paragraphs.stream().map(String::valueOf).toList()) + ")";
        }
    }

    /** What became of the article: the change, the successors, and for one step the curator's or derivation's reason. */
    public record Outcome(ChangeType change, List<Target> targets, boolean curated, String reason) {
        public Outcome {
            targets = List.copyOf(targets);
        }

        public List<Integer> numbers() {
            return targets.stream().map(Target::number).distinct().toList();
        }
    }

    /** One step: the mapping of one article from one version to the next. */
    private record Step(String to, ChangeType change, List<Target> targets, boolean curated, String reason) {
    }

    private Successors() {
    }

    /**
     * What became of {@code article} (of the version {@code from}) in the version {@code to}, the
     * versions between them being {@code chain} (consecutive versions with official text, oldest
     * first, from and to included). Empty when a step has no correspondence in the graph.
     */
    public static Optional<Outcome> follow(GraphReader reader, String article, int number, List<VersionRef> chain) {
        List<Target> current = List.of(new Target(article, number, List.of()));
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i + 1 < chain.size(); i++) {
            String to = chain.get(i + 1).iri();
            List<Target> next = new ArrayList<>();
            for (Target t : current) {
                Optional<Step> step = step(reader, t.article(), to);
                if (step.isEmpty()) {
                    return Optional.empty();
                }
                steps.add(step.get());
                step.get().targets().stream().filter(n -> next.stream().noneMatch(x -> x.article().equals(n.article())))
                        .forEach(next::add);
            }
            current = next;
        }
        if (steps.isEmpty()) {
            return Optional.of(new Outcome(ChangeType.UNCHANGED, current, false, null));
        }
        Step last = steps.get(steps.size() - 1);
        return Optional.of(new Outcome(sum(steps, number, current), current,
                steps.size() == 1 && last.curated(), steps.size() == 1 ? last.reason() : null));
    }

    /** The mapping of an article in the correspondence that leads to version {@code to}. */
    private static Optional<Step> step(GraphReader reader, String article, String to) {
        Map<String, Target> targets = new LinkedHashMap<>();
        ChangeType change = null;
        boolean curated = false;
        String reason = null;
        for (SuccessorRow r : ImpactQueries.list(reader, "impact-successors", ImpactQueries.iri("article", article),
                SuccessorRow.class)) {
            if (!to.equals(r.to())) {
                continue;
            }
            change = type(r.type());
            curated = r.curated();
            reason = r.reason();
            if (r.successor() != null) {
                Target t = targets.computeIfAbsent(r.successor(), s -> new Target(s, r.successorNumber(), List.of()));
                if (r.paragraphNumber() != null && !t.paragraphs().contains(r.paragraphNumber())) {
                    List<Integer> paragraphs = new ArrayList<>(t.paragraphs());
                    paragraphs.add(r.paragraphNumber());
                    targets.put(t.article(), new Target(t.article(), t.number(), paragraphs));
                }
            }
        }
        return change == null ? Optional.empty()
                : Optional.of(new Step(to, change, List.copyOf(targets.values()), curated, reason));
    }

    private static ChangeType sum(List<Step> steps, int number, List<Target> targets) {
        if (steps.size() == 1) {
            return steps.get(0).change();
        }
        if (targets.isEmpty()) {
            return ChangeType.REPEALED;
        }
        if (targets.stream().map(Target::article).distinct().count() > 1) {
            return ChangeType.SPLIT;
        }
        if (steps.stream().allMatch(s -> s.change() == ChangeType.UNCHANGED || s.change() == ChangeType.RENUMBERED)) {
            return targets.get(0).number() == number ? ChangeType.UNCHANGED : ChangeType.RENUMBERED;
        }
        return steps.stream().anyMatch(s -> s.change() == ChangeType.MERGED) ? ChangeType.MERGED : ChangeType.AMENDED;
    }

    /** The change type a correspondence graph's class names. */
    static ChangeType type(String iri) {
        for (ChangeType t : ChangeType.values()) {
            if (CorrespondenceGraph.type(t) != null && CorrespondenceGraph.type(t).getURI().equals(iri)) {
                return t;
            }
        }
        throw new IllegalStateException("not a change type of " + QZ.NS + ": " + iri);
    }
}
