package org.quanze.impact.report;

import java.util.List;
import java.util.Locale;
import org.quanze.impact.Successors;
import org.quanze.impact.correspondence.ChangeType;
import org.quanze.law.TextDiff;
import org.quanze.reading.CitationRecord;

/**
 * One citation of a list into the old version, and what became of the article it cites: the
 * entry it backs, the old article, the change, the new article(s) and paragraph(s), both texts
 * and their word-level diff. A citation of the new version ({@code citesNewer}) is a row too: its
 * targets are then the old article(s) the cited one came from ({@link ChangeType#ADDED}: none), so
 * that a list already citing the new text sees what the revision changed in what it cites.
 */
public record ImpactRow(CitationRecord citation, String oldVersion, String newVersion, ChangeType change,
                        List<Successors.Target> targets, boolean curated, String reason, String oldText,
                        String newText, TextDiff diff, boolean citesNewer) {

    public ImpactRow {
        targets = List.copyOf(targets);
    }

    /** The change as reports and exports write it: unchanged, renumbered, amended, split, merged, repealed. */
    public String changeCode() {
        return code(change);
    }

    public static String code(ChangeType change) {
        return change.name().toLowerCase(Locale.ROOT);
    }

    /** The new article(s): the successors of the old one cited, or the new one cited. */
    public List<Integer> newArticles() {
        return citesNewer ? List.of(citation.resolved().articleNumber())
                : targets.stream().map(Successors.Target::number).distinct().toList();
    }

    /** The old article(s): the one cited, or those the new one cited came from. */
    public List<Integer> oldArticles() {
        return citesNewer ? targets.stream().map(Successors.Target::number).distinct().toList()
                : List.of(citation.resolved().articleNumber());
    }

    /** 52(2), 51;52(2): the new articles, with their paragraphs when only some hold the old text. */
    public String targetLabels() {
        return String.join(";", targets.stream().map(Successors.Target::label).toList());
    }

    /**
     * The row's id on a page: {@code row-ROW-COLUMN-LINE-ORDINAL} (its cell, its line in the cell, its place in
     * the item), after the list's own name ({@code row-LIST-…}) when the page shows several lists, whose cells
     * share numbers.
     */
    public String anchor(boolean withList) {
        String list = citation.source().list();
        return "row-" + (withList ? list.substring(list.lastIndexOf('/') + 1) + "-" : "") + citation.source().row() + "-"
                + citation.source().column() + "-" + citation.written().line() + "-" + citation.written().ordinal();
    }

    /** The row as the report counts it. */
    public ImpactTally tally() {
        return new ImpactTally(citation.iri(), citation.source().list(), citation.source().listTitle(),
                citation.backs().power(), citation.backs().powerNumber(), unitName(),
                citation.resolved().articleNumber(), change, citesNewer);
    }

    /** The unit the entry names (its responsible unit, accountability body, or the power's unit). */
    public String unitName() {
        return citation.backs().unitName() == null ? "" : citation.backs().unitName();
    }
}
