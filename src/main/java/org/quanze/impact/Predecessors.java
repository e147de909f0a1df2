package org.quanze.impact;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quanze.impact.correspondence.ChangeType;
import org.quanze.reading.GraphReader;
import org.quanze.reading.ImpactQueries;
import org.quanze.reading.VersionRef;

/**
 * Follows an article of a later version back through the correspondence graphs: the article or
 * articles of an earlier version it came from, and what became of them, one pair of consecutive
 * versions at a time. For a list that already cites the later version, this is what the revision
 * changed in what it cites.
 * <p>
 * The change is that of the old article as {@link Successors} tells it (amended, renumbered, split
 * …); several old articles ending in this one are merged; none is {@link ChangeType#ADDED}.
 */
public final class Predecessors {

    private Predecessors() {
    }

    /**
     * Where {@code article} (of the last version of {@code chain}) came from in the first one; empty when a
     * step has no correspondence in the graph.
     */
    public static Optional<Successors.Outcome> trace(GraphReader reader, String article, int number, List<VersionRef> chain) {
        List<Successors.Target> current = List.of(new Successors.Target(article, number, List.of()));
        List<ChangeType> changes = new ArrayList<>();
        boolean curated = false;
        String reason = null;
        for (int i = chain.size() - 1; i > 0 && !current.isEmpty(); i--) {
            String from = chain.get(i - 1).iri();
            String to = chain.get(i).iri();
            List<Successors.Target> previous = new ArrayList<>();
            for (Successors.Target t : current) {
                List<PredecessorRow> rows = ImpactQueries.list(reader, "impact-predecessors",
                                ImpactQueries.iri("article", t.article()), PredecessorRow.class)
                        .stream().filter(r -> from.equals(r.from()) && to.equals(r.to())).toList();
                if (rows.isEmpty()) {
                    return Optional.empty();
                }
                for (PredecessorRow r : rows) {
                    if (r.old() != null) {
                        changes.add(Successors.type(r.type()));
                        curated = r.curated();
                        reason = r.reason();
                        if (previous.stream().noneMatch(p -> p.article().equals(r.old()))) {
                            previous.add(new Successors.Target(r.old(), r.oldNumber(), List.of()));
                        }
                    } else {
                        changes.add(ChangeType.ADDED);
                    }
                }
            }
            current = previous;
        }
        return Optional.of(new Successors.Outcome(change(changes, current, number), current,
                chain.size() == 2 && curated, chain.size() == 2 ? reason : null));
    }

    private static ChangeType change(List<ChangeType> steps, List<Successors.Target> origins, int number) {
        if (origins.isEmpty()) {
            return ChangeType.ADDED;
        }
        if (origins.size() > 1 || steps.contains(ChangeType.MERGED)) {
            return ChangeType.MERGED;
        }
        if (steps.contains(ChangeType.ADDED)) {
            return ChangeType.AMENDED;
        }
        if (steps.size() == 1) {
            return steps.get(0);
        }
        if (steps.contains(ChangeType.SPLIT)) {
            return ChangeType.SPLIT;
        }
        if (steps.stream().allMatch(s -> s == ChangeType.UNCHANGED || s == ChangeType.RENUMBERED)) {
            return origins.get(0).number() == number ? ChangeType.UNCHANGED : ChangeType.RENUMBERED;
        }
        return ChangeType.AMENDED;
    }
}
