package org.quanze.impact.correspondence;

import java.time.LocalDate;
import java.util.List;
import org.quanze.ingest.Location;

/**
 * One curated line of {@code data/corrections/article-correspondence.tsv}: the fate of one old
 * article for one pair of versions, replacing the derived one, with the curator's reason.
 */
public record CorrespondenceOverride(Location location, String documentTitle, LocalDate oldVersion,
                                     LocalDate newVersion, int oldArticle, ChangeType type,
                                     List<TargetRef> targets, String reason) {

    /** A new article, and its paragraphs when only some of them are meant. */
    public record TargetRef(int article, List<Integer> paragraphs) {
        public TargetRef {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    public CorrespondenceOverride {
        targets = List.copyOf(targets);
    }

    boolean concerns(String title, LocalDate oldDate, LocalDate newDate) {
        return documentTitle.equals(title) && oldVersion.equals(oldDate) && newVersion.equals(newDate);
    }
}
