package org.quanze.impact;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.quanze.graph.Iris;
import org.quanze.impact.correspondence.ChangeType;
import org.quanze.reading.GraphReader;
import org.quanze.reading.VersionRef;

/**
 * The article as in force on a given day: for an article of some version, the version of its
 * document in force that day and the article(s) that carry it there, found through the
 * correspondence graphs.
 */
public final class ArticleInForce {

    /** How the article stands on the day asked about. */
    public enum Status {
        /** The cited version itself was in force: the article is the one cited. */
        SAME,
        /** A later version was in force; the article lives on in the targets (see the change). */
        CARRIED,
        /** A later version was in force and no article of it carries the cited one. */
        REPEALED,
        /** The cited version was not yet in force that day (an earlier one was, or none held here). */
        NOT_YET_IN_FORCE,
        /** No version held here was in force that day, or the versions' dates are not known. */
        NONE_IN_FORCE,
        /** The official text of the cited version (or of the one in force) is not held: nothing can be followed. */
        UNVERIFIABLE
    }

    /**
     * @param version the version in force that day; null when none held here was
     * @param change  what became of the article by then; null unless CARRIED or REPEALED
     */
    public record InForce(Status status, VersionRef version, ChangeType change, List<Successors.Target> targets) {
        public InForce {
            targets = List.copyOf(targets);
        }
    }

    private final LawVersions versions;

    public ArticleInForce(Iris iris) {
        this.versions = new LawVersions(iris);
    }

    /**
     * @param title   the document's title as a list writes it
     * @param version the IRI of the version the article belongs to
     * @param article the IRI of the article, and its number
     */
    public InForce on(GraphReader reader, String title, String version, String article, int number, LocalDate day) {
        List<VersionRef> all = versions.versions(reader, title);
        Optional<VersionRef> cited = all.stream().filter(v -> v.iri().equals(version)).findFirst();
        Optional<VersionRef> inForce = all.stream().filter(v -> v.inForceOn(day)).findFirst();
        Successors.Target self = new Successors.Target(article, number, List.of());
        if (cited.isEmpty() || !cited.get().official()) {
            return new InForce(Status.UNVERIFIABLE, inForce.orElse(null), null, List.of());
        }
        if (inForce.isEmpty()) {
            boolean notYet = cited.get().inForce() != null && day.isBefore(cited.get().inForce());
            return new InForce(notYet ? Status.NOT_YET_IN_FORCE : Status.NONE_IN_FORCE, null, null, List.of());
        }
        VersionRef then = inForce.get();
        if (then.equals(cited.get())) {
            return new InForce(Status.SAME, then, null, List.of(self));
        }
        if (!then.official()) {
            return new InForce(Status.UNVERIFIABLE, then, null, List.of());
        }
        List<VersionRef> chain = all.stream().filter(VersionRef::official).filter(v -> v.versionDate() != null)
                .sorted(Comparator.comparing(VersionRef::versionDate)).toList();
        int from = chain.indexOf(cited.get());
        int to = chain.indexOf(then);
        if (to < from) {
            return new InForce(Status.NOT_YET_IN_FORCE, then, null, List.of());
        }
        return Successors.follow(reader, article, number, chain.subList(from, to + 1))
                .map(o -> new InForce(o.targets().isEmpty() ? Status.REPEALED : Status.CARRIED, then, o.change(), o.targets()))
                .orElseGet(() -> new InForce(Status.UNVERIFIABLE, then, null, List.of()));
    }
}
