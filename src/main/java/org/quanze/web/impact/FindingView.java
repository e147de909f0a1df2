package org.quanze.web.impact;

import org.quanze.graph.Iris;
import org.quanze.graph.MintedIri;
import org.quanze.health.FindingKind;
import org.quanze.health.HealthFinding;
import org.quanze.law.TextDiff;

/**
 * A finding as the health page shows it; a quote finding carries the diff of the official text
 * (old side: what the list left out or changed) against the list's quote (new side: what it has instead).
 * A finding compared with another version than the cited one names both versions.
 */
record FindingView(HealthFinding finding, TextDiff diff, String citedVersion, String shownVersion, Integer ordinal,
                   String listSlug) {

    static FindingView of(HealthFinding f, Iris iris) {
        boolean quote = f.kind() == FindingKind.MISQUOTE || f.kind() == FindingKind.MINOR_MISQUOTE
                || f.kind() == FindingKind.OTHER_VERSION;
        HealthFinding.Found found = f.found();
        return new FindingView(f, quote && found.knownText() != null ? TextDiff.of(found.knownText(), found.citedText())
                : null, iris.versionSlugOf(f.cites().version()), iris.versionSlugOf(found.comparedWith()), ordinal(f),
                listSlug(f, iris));
    }

    /** The slug of the finding's list: two lists may have findings in the same row, column and line. */
    private static String listSlug(HealthFinding f, Iris iris) {
        String list = f.place().list();
        return list == null ? "" : iris.parse(list).filter(MintedIri.ListIri.class::isInstance)
                .map(l -> ((MintedIri.ListIri) l).slug()).orElse("");
    }

    /** The place of the citation in its item (a finding about a 同N that makes no citation has none). */
    private static Integer ordinal(HealthFinding f) {
        return Iris.citationOf(f.about().citation()).map(MintedIri.CitationIri::ordinal).orElse(null);
    }

    public String code() {
        return finding.kind().code();
    }

    /** The anchor of the finding on the health page. */
    public String anchor() {
        return "finding-" + listSlug + "-" + finding.place().row() + "-" + finding.place().column() + "-"
                + finding.place().line() + "-" + code()
                + (ordinal == null ? "" : "-" + ordinal);
    }
}
