package org.quanze.impact.report;

import java.util.List;
import java.util.Locale;
import org.quanze.impact.CitationRecord;
import org.quanze.impact.Successors;
import org.quanze.impact.correspondence.ChangeType;
import org.quanze.impact.correspondence.TextDiff;

/**
 * One citation of a list into the old version, and what became of the article it cites: the
 * entry it backs, the old article, the change, the new article(s) and paragraph(s), both texts
 * and their word-level diff.
 */
public record ImpactRow(CitationRecord citation, String oldVersion, String newVersion, ChangeType change,
                        List<Successors.Target> targets, boolean curated, String reason, String oldText,
                        String newText, TextDiff diff) {

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

    public List<Integer> newArticles() {
        return targets.stream().map(Successors.Target::number).distinct().toList();
    }

    /** 52(2), 51;52(2): the new articles, with their paragraphs when only some hold the old text. */
    public String targetLabels() {
        return String.join(";", targets.stream().map(Successors.Target::label).toList());
    }

    /** The unit the entry names (its responsible unit, accountability body, or the power's unit). */
    public String unitName() {
        return citation.unitName() == null ? "" : citation.unitName();
    }
}
