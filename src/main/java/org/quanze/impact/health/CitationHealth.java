package org.quanze.impact.health;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quanze.graph.Iris;
import org.quanze.impact.CitationRecord;
import org.quanze.impact.Citations;
import org.quanze.impact.GraphReader;
import org.quanze.impact.OfficialArticle;

/**
 * Checks every citation of the loaded lists against what is known of the document it cites:
 * its level, the chapter the article stands in, that the article (and paragraph) exists in the
 * cited version, and that the quote says what the official text says. A citation whose version
 * has no official text here gets one finding that says so plainly, and nothing else is guessed.
 * A 同N is checked where it is written out: its findings are those of the item it repeats.
 */
public final class CitationHealth {

    /** Findings in the order a person fixes a list: list, row, column, line in the cell, kind. */
    public static final Comparator<HealthFinding> ORDER = Comparator.comparing(HealthFinding::list)
            .thenComparingInt(HealthFinding::row).thenComparingInt(HealthFinding::column)
            .thenComparingInt(HealthFinding::line)
            .thenComparing(f -> f.citation() == null ? "" : f.citation())
            .thenComparing(HealthFinding::kind);

    private final Iris iris;

    public CitationHealth(Iris iris) {
        this.iris = iris;
    }

    public List<HealthFinding> check(GraphReader reader) {
        List<CitationRecord> citations = Citations.all(reader);
        KnownLevels levels = new KnownLevels(reader, iris.derivedGraph(), citations);
        Map<String, Optional<OfficialArticle>> articles = new HashMap<>();
        List<HealthFinding> findings = new ArrayList<>();
        for (CitationRecord c : citations) {
            if (!c.isRepeat()) {
                check(c, levels, articles.computeIfAbsent(c.article(), a -> OfficialArticle.read(reader, a)), findings);
            }
        }
        findings.addAll(new DanglingReferences(iris).find(reader));
        findings.sort(ORDER);
        return findings;
    }

    private static void check(CitationRecord c, KnownLevels levels, Optional<OfficialArticle> official,
                              List<HealthFinding> findings) {
        levels.of(c).filter(known -> c.level() != null && !known.level().equals(c.level()))
                .ifPresent(known -> findings.add(finding(c, FindingKind.LEVEL_MISMATCH, c.levelTag(), known.label(),
                        known.from(), null)));
        if (!c.official()) {
            findings.add(finding(c, FindingKind.UNVERIFIABLE, c.quote() != null ? c.quote() : c.reference(), null,
                    null, null));
        } else if (official.isEmpty()) {
            findings.add(finding(c, FindingKind.NO_SUCH_ARTICLE, c.reference(), null, null, c.version()));
        } else if (structure(c, official.get(), findings)) {
            quote(c, official.get(), findings);
        }
    }

    /** The chapter and paragraph cited against the official text; whether the quote can be checked then. */
    private static boolean structure(CitationRecord c, OfficialArticle article, List<HealthFinding> findings) {
        if (c.chapter() != null && !c.chapter().equals(article.chapterNumber())) {
            findings.add(finding(c, FindingKind.CHAPTER_MISMATCH, c.reference(), article.chapterHeading(),
                    HealthFinding.OFFICIAL_TEXT, article.chapter()));
        }
        if (c.paragraph() != null && article.paragraph(c.paragraph()).isEmpty()) {
            findings.add(finding(c, FindingKind.NO_SUCH_ARTICLE, c.reference(), article.text(),
                    HealthFinding.OFFICIAL_TEXT, article.iri()));
            return false;
        }
        return true;
    }

    private static void quote(CitationRecord c, OfficialArticle article, List<HealthFinding> findings) {
        if (c.quote() == null || c.quote().isBlank()) {
            return;
        }
        QuoteCheck.Result quote = QuoteCheck.check(c.quote(), article, c.paragraph(), c.itemNumber());
        String part = c.paragraph() == null ? article.iri() : article.paragraph(c.paragraph()).orElseThrow().iri();
        if (quote.verdict() != QuoteCheck.Verdict.MATCH) {
            FindingKind kind = quote.verdict() == QuoteCheck.Verdict.MINOR ? FindingKind.MINOR_MISQUOTE : FindingKind.MISQUOTE;
            findings.add(finding(c, kind, c.quote(), quote.official(), HealthFinding.OFFICIAL_TEXT, part));
        }
    }

    private static HealthFinding finding(CitationRecord c, FindingKind kind, String cited, String known, String from,
                                         String comparedWith) {
        return new HealthFinding(kind, c.iri() + "/finding/" + kind.code(), c.iri(), c.entry(), c.list(), c.listTitle(),
                c.fileName(), c.powerNumber(), c.role(), c.entryNumber(), c.item(), c.cell(), c.row(), c.column(),
                c.line(), c.documentKey(), c.title(), c.version(), c.articleNumber(), c.reference(),
                cited == null ? "" : cited.strip(), known, from, comparedWith);
    }
}
