package org.quanze.health;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.quanze.graph.Iris;
import org.quanze.law.LawLibrary;
import org.quanze.reading.CitationRecord;
import org.quanze.reading.Citations;
import org.quanze.reading.GraphReader;
import org.quanze.reading.OfficialArticle;
import org.quanze.reading.OtherVersions;
import org.quanze.reading.VersionRef;

/**
 * Checks every citation of the loaded lists against what is known of the document it cites:
 * its level, the chapter the article stands in, that the article (and paragraph) exists in the
 * cited version, and that the quote says what the official text says. A citation whose version
 * has no official text here gets one finding that says so plainly: {@code other-version} when another
 * version's text is held and the quote was compared with it (which that finding names), else
 * {@code unverifiable}, which names the law library's titles closest to the document's (or says none comes
 * close), so that a misspelt title is told from a document the library lacks; nothing else is guessed.
 * A 同N is checked where it is written out: its findings are those of the item it repeats.
 */
public final class CitationHealth {

    /** Findings in the order a person fixes a list: list, row, column, line in the cell, kind. */
    public static final Comparator<HealthFinding> ORDER = Comparator.comparing((HealthFinding f) -> f.place().list())
            .thenComparingInt(f -> f.place().row()).thenComparingInt(f -> f.place().column())
            .thenComparingInt(f -> f.place().line())
            .thenComparing(f -> f.about().citation() == null ? "" : f.about().citation())
            .thenComparing(HealthFinding::kind);

    /** How many of the law library's titles an unverifiable finding names, and how close they must come. */
    private static final int CLOSEST = 3;
    private static final double CLOSE = 0.5;

    private final Iris iris;
    private final LawLibrary library;
    /**
     * The closest titles by document key, kept for as long as this lives (the library does not change): a
     * load checks its list files one by one, and the same documents are looked up in the library for each.
     */
    private final Map<String, String> closest = new ConcurrentHashMap<>();

    public CitationHealth(Iris iris) {
        this(iris, LawLibrary.bundled());
    }

    /**
     * @param library the law library whose closest titles an {@code unverifiable} finding names, so that a
     *                document the library lacks is told from a misspelt title
     */
    public CitationHealth(Iris iris, LawLibrary library) {
        this.iris = iris;
        this.library = library;
    }

    /** The findings of every list the reader holds, the level tags of its own citations deciding a document's level. */
    public List<HealthFinding> check(GraphReader reader) {
        List<CitationRecord> citations = Citations.all(reader);
        return check(reader, citations, LevelTags.of(citations));
    }

    /**
     * The findings of the lists the reader holds, whose citations are {@code citations} (as
     * {@link Citations#all} reads them there), with the level tags of every list of the store: a reader of
     * some lists only (what a load affects) still decides a document's level by every citation of it.
     */
    public List<HealthFinding> check(GraphReader reader, List<CitationRecord> citations, LevelTags tags) {
        KnownLevels levels = new KnownLevels(reader, iris.derivedGraph(), tags);
        Map<String, Optional<OfficialArticle>> articles = new HashMap<>();
        OtherVersions others = new OtherVersions();
        List<HealthFinding> findings = new ArrayList<>();
        for (CitationRecord c : citations) {
            if (c.isRepeat()) {
                continue;
            }
            if (!c.resolved().official()) {
                levels(c, levels, findings);
                Optional<VersionRef> other = others.instead(reader, c);
                if (other.isPresent()) {
                    String article = iris.article(other.get().iri(), c.resolved().articleNumber());
                    otherVersion(c, other.get(), articles.computeIfAbsent(article, a -> OfficialArticle.read(reader, a)),
                            findings);
                } else {
                    unverifiable(c, closest.computeIfAbsent(c.resolved().documentKey(), this::closestTitles), findings);
                }
                continue;
            }
            Optional<OfficialArticle> official = articles.computeIfAbsent(c.resolved().article(),
                    a -> OfficialArticle.read(reader, a));
            if (official.isEmpty() && Unreadable.is(reader, c.resolved().article())) {
                levels(c, levels, findings);
                findings.add(finding(c, FindingKind.UNVERIFIABLE, c.written().reference(), null,
                        HealthFinding.UNREADABLE_TEXT, c.resolved().article()));
                continue;
            }
            check(c, levels, official, findings);
        }
        findings.addAll(new DanglingReferences(iris).find(reader));
        findings.sort(ORDER);
        return findings;
    }

    private void levels(CitationRecord c, KnownLevels levels, List<HealthFinding> findings) {
        String level = c.written().level();
        levels.of(c).filter(known -> level != null && !known.level().equals(level))
                .ifPresent(known -> findings.add(finding(c, FindingKind.LEVEL_MISMATCH, c.written().levelTag(),
                        known.label(), known.from(), null)));
    }

    /**
     * The cited version's text is not held, another version's is: the quote is compared with that one,
     * and the one finding says so (never a misquote or a missing article of the cited version). It
     * holds the other version's words (the run closest to the quote, or the article when nothing is
     * quoted) and the article or paragraph compared with; none when that version lacks the article.
     */
    private void otherVersion(CitationRecord c, VersionRef other, Optional<OfficialArticle> article,
                                     List<HealthFinding> findings) {
        CitationRecord.Written w = c.written();
        String cited = w.quote() != null && !w.quote().isBlank() ? w.quote() : w.reference();
        if (article.isEmpty()) {
            findings.add(finding(c, FindingKind.OTHER_VERSION, cited, null, HealthFinding.OTHER_VERSION_TEXT, other.iri()));
            return;
        }
        OfficialArticle a = article.get();
        boolean paragraph = w.paragraph() != null && a.paragraph(w.paragraph()).isPresent();
        String part = paragraph ? a.paragraph(w.paragraph()).orElseThrow().iri() : a.iri();
        String known = w.quote() == null || w.quote().isBlank() ? a.text()
                : QuoteCheck.check(w.quote(), a, paragraph ? w.paragraph() : null, w.itemNumber()).official();
        findings.add(finding(c, FindingKind.OTHER_VERSION, cited, known, HealthFinding.OTHER_VERSION_TEXT, part));
    }

    /** The library's titles closest to a document's key, 《…》、《…》; empty when none comes close. */
    private String closestTitles(String documentKey) {
        return library.closest(documentKey, CLOSEST, CLOSE).stream().map(t -> "《" + t.title() + "》")
                .collect(Collectors.joining("、"));
    }

    /**
     * A citation of a document with no official text here: the finding names the law library's titles
     * closest to the document's ({@code library-titles}), or says that none comes close ({@code not-in-library}).
     */
    private void unverifiable(CitationRecord c, String closest, List<HealthFinding> findings) {
        String cited = c.written().quote() != null ? c.written().quote() : c.written().reference();
        findings.add(closest.isEmpty() ? finding(c, FindingKind.UNVERIFIABLE, cited, null, HealthFinding.NOT_IN_LIBRARY, null)
                : finding(c, FindingKind.UNVERIFIABLE, cited, closest, HealthFinding.LIBRARY_TITLES, null));
    }

    private void check(CitationRecord c, KnownLevels levels, Optional<OfficialArticle> official,
                              List<HealthFinding> findings) {
        levels(c, levels, findings);
        if (official.isEmpty()) {
            findings.add(finding(c, FindingKind.NO_SUCH_ARTICLE, c.written().reference(), null, null,
                    c.resolved().version()));
        } else if (structure(c, official.get(), findings)) {
            quote(c, official.get(), findings);
        }
    }

    /** The chapter and paragraph cited against the official text; whether the quote can be checked then. */
    private boolean structure(CitationRecord c, OfficialArticle article, List<HealthFinding> findings) {
        CitationRecord.Written w = c.written();
        if (w.chapter() != null && !w.chapter().equals(article.chapterNumber())) {
            findings.add(finding(c, FindingKind.CHAPTER_MISMATCH, w.reference(), article.chapterHeading(),
                    HealthFinding.OFFICIAL_TEXT, article.chapter()));
        }
        if (w.paragraph() != null && article.paragraph(w.paragraph()).isEmpty()) {
            findings.add(finding(c, FindingKind.NO_SUCH_ARTICLE, w.reference(), article.text(),
                    HealthFinding.OFFICIAL_TEXT, article.iri()));
            return false;
        }
        return true;
    }

    private void quote(CitationRecord c, OfficialArticle article, List<HealthFinding> findings) {
        CitationRecord.Written w = c.written();
        if (w.quote() == null || w.quote().isBlank()) {
            return;
        }
        QuoteCheck.Result quote = QuoteCheck.check(w.quote(), article, w.paragraph(), w.itemNumber());
        String part = w.paragraph() == null ? article.iri() : article.paragraph(w.paragraph()).orElseThrow().iri();
        if (quote.verdict() != QuoteCheck.Verdict.MATCH) {
            FindingKind kind = quote.verdict() == QuoteCheck.Verdict.MINOR ? FindingKind.MINOR_MISQUOTE : FindingKind.MISQUOTE;
            findings.add(finding(c, kind, w.quote(), quote.official(), HealthFinding.OFFICIAL_TEXT, part));
        }
    }

    private HealthFinding finding(CitationRecord c, FindingKind kind, String cited, String known, String from,
                                         String comparedWith) {
        CitationRecord.Source s = c.source();
        CitationRecord.Backs b = c.backs();
        CitationRecord.Written w = c.written();
        CitationRecord.Resolved r = c.resolved();
        return new HealthFinding(kind, iris.finding(c.iri(), kind.code()),
                new HealthFinding.Place(s.list(), s.listTitle(), s.fileName(), s.cell(), s.row(), s.column(), w.line()),
                new HealthFinding.About(c.iri(), b.entry(), b.powerNumber(), b.role(), b.entryNumber(), w.item()),
                new HealthFinding.Cites(r.documentKey(), w.title(), r.version(), r.articleNumber(), w.reference()),
                new HealthFinding.Found(cited == null ? "" : cited.strip(), known, from, comparedWith));
    }
}
