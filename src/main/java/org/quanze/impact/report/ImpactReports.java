package org.quanze.impact.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.quanze.graph.Iris;
import org.quanze.impact.LawVersions;
import org.quanze.impact.Predecessors;
import org.quanze.impact.CitationDigest;
import org.quanze.impact.ReportRequestException;
import org.quanze.impact.SummaryCitation;
import org.quanze.impact.Successors;
import org.quanze.law.TextDiff;
import org.quanze.reading.CitationRecord;
import org.quanze.reading.Citations;
import org.quanze.reading.GraphReader;
import org.quanze.reading.ImpactQueries;
import org.quanze.reading.OfficialArticle;
import org.quanze.reading.VersionRef;

/** Makes impact reports from the store: the lists' citations, the correspondence graphs and the official texts. */
public final class ImpactReports {

    /** The order of a report's citations: by list, then power, then IRI (the page's groups keep it). */
    private static final Comparator<SummaryCitation> IN_ORDER = Comparator.comparing(SummaryCitation::list)
            .thenComparingInt(SummaryCitation::powerNumber).thenComparing(SummaryCitation::iri);

    private final LawVersions versions;

    public ImpactReports(Iris iris) {
        this.versions = new LawVersions(iris);
    }

    public LawVersions versions() {
        return versions;
    }

    /**
     * The whole report for a document named as a list names it, from the version named {@code from}
     * (a year or a date) to the one named {@code to}, over every list or one ({@code listIri}, may be
     * null); a version left out (null) is the oldest ({@code from}) or newest ({@code to}) with official text: a row for every citation of the old version (what became of its article), and for every
     * citation of the new version (what its article came from), each in full.
     *
     * @throws IllegalArgumentException       when the document or a version is not found, when either version
     *                                        has no official text, or when {@code to} is not later than {@code from}
     * @throws MissingCorrespondenceException when the store holds no correspondence between them
     */
    public ImpactReport report(GraphReader reader, String title, String from, String to, String listIri) {
        return report(reader, ReportMemo.forOneReport(), title, from, to, listIri);
    }

    /** {@link #report}, with what {@code memo} keeps of the store's present generation. */
    public ImpactReport report(GraphReader reader, ReportMemo memo, String title, String from, String to, String listIri) {
        Revision revision = revision(reader, memo, title, from, to);
        Rows rows = new Rows(reader, revision, memo);
        List<ImpactRow> all = new ArrayList<>();
        Citations.ofVersion(reader, revision.older().iri(), listIri).stream().filter(revision::citesOlder)
                .forEach(c -> all.add(rows.row(c)));
        Citations.ofVersion(reader, revision.newer().iri(), listIri).stream().filter(revision::citesNewer)
                .forEach(c -> all.add(rows.row(c)));
        return ImpactReport.whole(revision.older().documentKey(), revision.older(), revision.newer(), listIri, all);
    }

    /**
     * The same report as {@link #report}, every citation counted, but only those of page {@code page}
     * shown in full (whole lists, about {@link ImpactReport#DETAILS} citations a page; a page past the
     * last is the last): the citations are counted from what the counts need alone, and only the page's
     * are read with what they wrote, their texts and diffs.
     */
    public ImpactReport page(GraphReader reader, String title, String from, String to, String listIri, int page) {
        return page(reader, ReportMemo.forOneReport(), title, from, to, listIri, page);
    }

    /** {@link #page}, with what {@code memo} keeps of the store's present generation. */
    public ImpactReport page(GraphReader reader, ReportMemo memo, String title, String from, String to, String listIri,
                             int page) {
        Revision revision = revision(reader, memo, title, from, to);
        Rows rows = new Rows(reader, revision, memo);
        List<ImpactTally> tallies = memo.tallies.get(List.of(revision.older().iri(), revision.newer().iri(),
                listIri == null ? "" : listIri), k -> tallies(reader, rows, revision, listIri));
        List<List<String>> pages = ImpactReport.pages(tallies);
        int shown = Math.max(1, Math.min(page, pages.size()));
        List<String> lists = pages.isEmpty() ? List.of() : pages.get(shown - 1);
        Set<String> onPage = Set.copyOf(lists);
        List<CitationRecord> records = Citations.ofIris(reader, tallies.stream().filter(t -> onPage.contains(t.list()))
                .map(ImpactTally::citation).toList());
        // As the whole report has them: list by list (in the pages' order), the old version's citations first.
        Map<String, List<ImpactRow>> byList = new LinkedHashMap<>();
        lists.forEach(l -> byList.put(l, new ArrayList<>()));
        records.stream().filter(revision::citesOlder).forEach(c -> byList.get(c.list()).add(rows.row(c)));
        records.stream().filter(revision::citesNewer).forEach(c -> byList.get(c.list()).add(rows.row(c)));
        return new ImpactReport(revision.older().documentKey(), revision.older(), revision.newer(), listIri, tallies,
                byList.values().stream().flatMap(List::stream).toList(), shown, Math.max(1, pages.size()));
    }

    /** Every citation of the report counted: those of the old version, then those of the new. */
    private static List<ImpactTally> tallies(GraphReader reader, Rows rows, Revision revision, String listIri) {
        List<ImpactTally> tallies = new ArrayList<>();
        summary(reader, revision.older().iri(), listIri).forEach(c -> tallies.add(rows.tally(c, false)));
        summary(reader, revision.newer().iri(), listIri).forEach(c -> tallies.add(rows.tally(c, true)));
        return List.copyOf(tallies);
    }

    /**
     * The citations of a version (of one list, or of every list) with what the counts need, each once, in the
     * order of their lists, powers and IRIs: from the digests kept at load time ({@code impact-summary-kept.rq}), or
     * counted ({@link #counted}) when the store keeps none of the version (its findings not computed: a store
     * loaded without them; a version no list cites is counted at once).
     */
    public static List<SummaryCitation> summary(GraphReader reader, String versionIri, String listIri) {
        List<SummaryCitation> kept = ImpactQueries.list(reader, "impact-summary-kept", ImpactQueries.iri("version", versionIri),
                KeptDigest.class).stream().flatMap(d -> CitationDigest.decode(versionIri, d.rows()).stream()).toList();
        List<SummaryCitation> rows = kept.isEmpty() ? counted(reader, versionIri, listIri)
                : kept.stream().filter(c -> listIri == null || c.list().equals(listIri)).toList();
        return rows.stream().sorted(IN_ORDER).toList();
    }

    /** The citations of a version (of one list, or of every list) with what the counts need, counted from the lists. */
    public static List<SummaryCitation> counted(GraphReader reader, String versionIri, String listIri) {
        Map<String, Node> params = new HashMap<>(ImpactQueries.iri("version", versionIri));
        if (listIri != null) {
            params.putAll(ImpactQueries.iri("list", listIri));
        }
        // A unit or list may carry more than one label; one row per citation is kept.
        Map<String, SummaryCitation> byIri = new LinkedHashMap<>();
        ImpactQueries.list(reader, "impact-summary-citations", params, SummaryCitation.class)
                .forEach(c -> byIri.putIfAbsent(c.iri(), c));
        return List.copyOf(byIri.values());
    }

    /** The revision asked for, kept in {@code memo} once found (a request that fails is not kept: it throws). */
    private Revision revision(GraphReader reader, ReportMemo memo, String title, String from, String to) {
        return memo.revisions.get(List.of(title, from == null ? "" : from, to == null ? "" : to),
                k -> revision(reader, title, from, to));
    }

    private Revision revision(GraphReader reader, String title, String from, String to) {
        List<VersionRef> official = from == null || to == null ? official(reader, title) : List.of();
        VersionRef older = from == null ? official.get(0) : versions.version(reader, title, from);
        VersionRef newer = to == null ? newest(official) : versions.version(reader, title, to);
        return new Revision(older, newer, chain(reader, title, older, newer));
    }

    private static VersionRef newest(List<VersionRef> official) {
        return official.get(official.size() - 1);
    }

    /**
     * The document's versions with official text, oldest first: a report left without its old (new) version
     * compares the oldest (newest) of them, as the page's form does — the page, its downloads and the CLI alike.
     *
     * @throws ReportRequestException when no such document is loaded, or fewer than two of its versions have text
     */
    private List<VersionRef> official(GraphReader reader, String title) {
        List<VersionRef> all = versions.versions(reader, title);
        if (all.isEmpty()) {
            throw new ReportRequestException(ReportRequestException.Reason.NO_DOCUMENT,
                    "no document 《" + title + "》 is loaded", title);
        }
        List<VersionRef> official = all.stream().filter(VersionRef::official)
                .sorted(Comparator.comparing(VersionRef::versionDate, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        if (official.size() < 2) {
            throw new ReportRequestException(ReportRequestException.Reason.FEW_TEXTS, "the store holds the official "
                    + "text of " + official.size() + " version(s) of 《" + title + "》: a report compares two; its "
                    + "versions: " + all.stream().map(VersionRef::slug).toList(), title,
                    String.valueOf(official.size()));
        }
        return official;
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

    /** The two versions a report compares, and the versions with official text from one to the other. */
    record Revision(VersionRef older, VersionRef newer, List<VersionRef> chain) {
        boolean citesOlder(CitationRecord c) {
            return c.resolved().version().equals(older.iri());
        }

        boolean citesNewer(CitationRecord c) {
            return c.resolved().version().equals(newer.iri());
        }

        MissingCorrespondenceException missing() {
            return new MissingCorrespondenceException("no article correspondence between " + older.slug() + " and "
                    + newer.slug() + " of 《" + older.documentKey() + "》 in the store: it is computed when the "
                    + "texts are loaded (or by quanze impact)");
        }
    }

    /**
     * Makes the rows of one report: what became of each article cited (followed once per article), its
     * texts (read once per article) and their diff (computed once per pair of texts: every list citing an
     * article gets the same).
     */
    private static final class Rows {
        private final GraphReader reader;
        private final Revision revision;
        private final ReportMemo memo;
        /** What became of each article along this revision's chain of versions, in {@link ReportMemo#outcomes}. */
        private final String chain;

        Rows(GraphReader reader, Revision revision, ReportMemo memo) {
            this.reader = reader;
            this.revision = revision;
            this.memo = memo;
            this.chain = revision.chain().stream().map(VersionRef::iri).collect(Collectors.joining(" "));
        }

        /**
         * What became of an article of the old version in the new one, or ({@code newer}) what an article of
         * the new version came from.
         */
        Successors.Outcome outcome(String article, int number, boolean newer) {
            String key = (newer ? "<-" : "->") + article + " " + chain;
            return memo.outcomes.get(key, k -> (newer ? Predecessors.trace(reader, article, number, revision.chain())
                    : Successors.follow(reader, article, number, revision.chain())).orElseThrow(revision::missing));
        }

        ImpactTally tally(SummaryCitation c, boolean newer) {
            return new ImpactTally(c.iri(), c.list(), c.listTitle(), c.power(), c.powerNumber(),
                    c.unitName() == null ? "" : c.unitName(), c.articleNumber(),
                    outcome(c.article(), c.articleNumber(), newer).change(), newer);
        }

        /**
         * A citation of the old version with what became of its article, or of the new version with the
         * old article(s) its article came from; both texts and their diff.
         */
        ImpactRow row(CitationRecord c) {
            boolean newer = revision.citesNewer(c);
            Successors.Outcome outcome = outcome(c.resolved().article(), c.resolved().articleNumber(), newer);
            String cited = text(c.resolved().article(), List.of());
            String other = outcome.targets().stream()
                    .map(t -> text(t.article(), newer ? List.of() : t.paragraphs()))
                    .collect(Collectors.joining("\n"));
            String oldText = newer ? other : cited;
            String newText = newer ? cited : other;
            return new ImpactRow(c, revision.older().slug(), revision.newer().slug(), outcome.change(),
                    outcome.targets(), outcome.curated(), outcome.reason(), oldText, newText,
                    memo.diffs.get(List.of(oldText, newText), k -> TextDiff.of(oldText, newText)), newer);
        }

        private String text(String article, List<Integer> paragraphs) {
            return memo.texts.get(article, a -> OfficialArticle.read(reader, a)).map(a -> a.text(paragraphs))
                    .orElse("");
        }
    }
}
