package org.quanze.impact.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.quanze.graph.Iris;
import org.quanze.impact.LawVersions;
import org.quanze.impact.Predecessors;
import org.quanze.impact.ReportRequestException;
import org.quanze.impact.Successors;
import org.quanze.law.TextDiff;
import org.quanze.reading.CitationRecord;
import org.quanze.reading.Citations;
import org.quanze.reading.GraphReader;
import org.quanze.reading.OfficialArticle;
import org.quanze.reading.VersionRef;

/** Makes impact reports from the store: the lists' citations, the correspondence graphs and the official texts. */
public final class ImpactReports {

    private final LawVersions versions;

    public ImpactReports(Iris iris) {
        this.versions = new LawVersions(iris);
    }

    public LawVersions versions() {
        return versions;
    }

    /**
     * The report for a document named as a list names it, from the version named {@code from} (a
     * year or a date) to the one named {@code to}, over every list or one ({@code listIri}, may be null):
     * a row for every citation of the old version (what became of its article), and for every citation
     * of the new version (what its article came from).
     *
     * @throws IllegalArgumentException       when the document or a version is not found, when either version
     *                                        has no official text, or when {@code to} is not later than {@code from}
     * @throws MissingCorrespondenceException when the store holds no correspondence between them
     */
    public ImpactReport report(GraphReader reader, String title, String from, String to, String listIri) {
        VersionRef older = versions.version(reader, title, from);
        VersionRef newer = versions.version(reader, title, to);
        List<VersionRef> chain = chain(reader, title, older, newer);
        List<CitationRecord> citations = Citations.ofVersion(reader, older.iri(), listIri);
        Map<String, Optional<OfficialArticle>> texts = new HashMap<>();
        Map<String, Optional<Successors.Outcome>> outcomes = new HashMap<>();
        // Every list citing an article gets the same texts and diff: computed once per pair of texts.
        Map<List<String>, TextDiff> diffs = new HashMap<>();
        List<ImpactRow> rows = new ArrayList<>();
        for (CitationRecord c : citations) {
            if (!c.resolved().version().equals(older.iri())) {
                continue;
            }
            Optional<Successors.Outcome> outcome = outcomes.computeIfAbsent(c.resolved().article(),
                    a -> Successors.follow(reader, a, c.resolved().articleNumber(), chain));
            if (outcome.isEmpty()) {
                throw new MissingCorrespondenceException("no article correspondence between " + older.slug() + " and "
                        + newer.slug() + " of 《" + older.documentKey() + "》 in the store: it is computed when the "
                        + "texts are loaded (or by quanze impact)");
            }
            rows.add(row(reader, texts, diffs, c, older, newer, outcome.get()));
        }
        for (CitationRecord c : Citations.ofVersion(reader, newer.iri(), listIri)) {
            if (!c.resolved().version().equals(newer.iri())) {
                continue;
            }
            Optional<Successors.Outcome> origin = outcomes.computeIfAbsent("<-" + c.resolved().article(),
                    a -> Predecessors.trace(reader, c.resolved().article(), c.resolved().articleNumber(), chain));
            if (origin.isEmpty()) {
                throw new MissingCorrespondenceException("no article correspondence between " + older.slug() + " and "
                        + newer.slug() + " of 《" + older.documentKey() + "》 in the store: it is computed when the "
                        + "texts are loaded (or by quanze impact)");
            }
            rows.add(backRow(reader, texts, diffs, c, older, newer, origin.get()));
        }
        return new ImpactReport(older.documentKey(), older, newer, listIri, rows);
    }

    /** The consecutive versions with official text from {@code older} to {@code newer}, both included. */
    private List<VersionRef> chain(GraphReader reader, String title, VersionRef older, VersionRef newer) {
        for (VersionRef v : List.of(older, newer)) {
            if (!v.official()) {
                throw new ReportRequestException(ReportRequestException.Reason.NO_TEXT, "the official text of 《"
                        + v.documentKey() + "》 " + v.slug() + " is not held: its articles cannot be followed",
                        v.documentKey(), v.slug());
            }
        }
        List<VersionRef> official = versions.versions(reader, title).stream().filter(VersionRef::official)
                .sorted(Comparator.comparing(VersionRef::versionDate)).toList();
        int i = official.indexOf(older);
        int j = official.indexOf(newer);
        if (j <= i) {
            throw new ReportRequestException(ReportRequestException.Reason.NOT_LATER, "the version " + newer.slug()
                    + " is not later than " + older.slug(), newer.slug(), older.slug());
        }
        return official.subList(i, j + 1);
    }

    private static ImpactRow row(GraphReader reader, Map<String, Optional<OfficialArticle>> texts,
                                 Map<List<String>, TextDiff> diffs, CitationRecord c, VersionRef older, VersionRef newer,
                                 Successors.Outcome outcome) {
        String oldText = text(reader, texts, c.resolved().article(), List.of());
        String newText = outcome.targets().stream().map(t -> text(reader, texts, t.article(), t.paragraphs()))
                .collect(Collectors.joining("\n"));
        return new ImpactRow(c, older.slug(), newer.slug(), outcome.change(), outcome.targets(), outcome.curated(),
                outcome.reason(), oldText, newText, diffs.computeIfAbsent(List.of(oldText, newText),
                        k -> TextDiff.of(oldText, newText)), false);
    }

    /** A citation of the new version: the old article(s) its article came from, and both texts. */
    private static ImpactRow backRow(GraphReader reader, Map<String, Optional<OfficialArticle>> texts,
                                     Map<List<String>, TextDiff> diffs, CitationRecord c, VersionRef older,
                                     VersionRef newer, Successors.Outcome origin) {
        String oldText = origin.targets().stream().map(t -> text(reader, texts, t.article(), List.of()))
                .collect(Collectors.joining("\n"));
        String newText = text(reader, texts, c.resolved().article(), List.of());
        return new ImpactRow(c, older.slug(), newer.slug(), origin.change(), origin.targets(), origin.curated(),
                origin.reason(), oldText, newText, diffs.computeIfAbsent(List.of(oldText, newText),
                        k -> TextDiff.of(oldText, newText)), true);
    }

    private static String text(GraphReader reader, Map<String, Optional<OfficialArticle>> texts, String article,
                               List<Integer> paragraphs) {
        return texts.computeIfAbsent(article, a -> OfficialArticle.read(reader, a)).map(a -> a.text(paragraphs)).orElse("");
    }
}
