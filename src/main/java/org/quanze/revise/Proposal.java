package org.quanze.revise;

import java.util.List;
import org.quanze.reading.CitationRecord;
import org.quanze.impact.correspondence.ChangeType;

/**
 * One proposed change of the revised list: a citation of the old version, what becomes of the
 * article it cites, and the basis item as the list wrote it and as the draft writes it (the same
 * text for every citation of one item). {@code proposedItem} equals {@code originalItem} when nothing
 * could be proposed mechanically (repealed, or not rewritable); {@code reasons} say why a person must
 * look at it (empty: the change is mechanical).
 */
public record Proposal(String id, CitationRecord citation, String documentKey, String oldVersion, String newVersion,
                       ChangeType change, List<Integer> newArticles, String oldReference, String newReference,
                       String originalItem, String proposedItem, List<ReviewReason> reasons) {

    public Proposal {
        newArticles = List.copyOf(newArticles);
        reasons = List.copyOf(reasons);
    }

    public boolean needsReview() {
        return !reasons.isEmpty();
    }

    /** Whether the draft changes the cell for this citation. */
    public boolean changesText() {
        return !proposedItem.equals(originalItem);
    }

    public String changeCode() {
        return change.name().toLowerCase(java.util.Locale.ROOT);
    }

    public String reasonsText() {
        return String.join("；", reasons.stream().map(ReviewReason::zh).toList());
    }

    Proposal withItem(String item, List<ReviewReason> more) {
        List<ReviewReason> all = new java.util.ArrayList<>(reasons);
        more.stream().filter(r -> !all.contains(r)).forEach(all::add);
        return new Proposal(id, citation, documentKey, oldVersion, newVersion, change, newArticles, oldReference,
                newReference, originalItem, item, all);
    }
}
