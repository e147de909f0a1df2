package org.quanze.health;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.quanze.reading.CitationRecord;
import org.quanze.reading.GraphReader;
import org.quanze.reading.ImpactQueries;

/**
 * The level known for the document a citation cites, and where it is known from, in this order:
 * the document's official text; the kind of order its history note names ({@link PromulgatingOrder});
 * the level most other citations of the document tag it with, when one level is tagged more often
 * than any other.
 */
final class KnownLevels {

    /** A known level: its concept, its Chinese label, and where it is known from. */
    record Known(String level, String label, String from) {
    }

    private final Map<String, String> labels = new HashMap<>();
    private final Map<String, String> byLabel = new HashMap<>();
    private final Map<String, String> official = new HashMap<>();
    private final LevelTags tags;

    /** @param tags the level tags of every citation of the documents cited (of every list, not only those checked) */
    KnownLevels(GraphReader reader, String derivedGraph, LevelTags tags) {
        for (LevelRow r : ImpactQueries.list(reader, "health-levels", Map.of(), LevelRow.class)) {
            labels.put(r.level(), r.label());
            byLabel.put(r.label(), r.level());
            if (r.document() != null && !derivedGraph.equals(r.graph())) {
                official.put(r.document(), r.level());
            }
        }
        this.tags = tags;
    }

    Optional<Known> of(CitationRecord c) {
        String level = official.get(c.resolved().document());
        if (level != null) {
            return Optional.of(new Known(level, labels.get(level), HealthFinding.OFFICIAL_TEXT));
        }
        Optional<String> byOrder = PromulgatingOrder.level(c.written().history()).filter(byLabel::containsKey);
        if (byOrder.isPresent()) {
            return Optional.of(new Known(byLabel.get(byOrder.get()), byOrder.get(), HealthFinding.PROMULGATING_ORDER));
        }
        return tags.majority(c.resolved().document()).map(l -> new Known(l, labels.get(l), HealthFinding.OTHER_CITATIONS));
    }
}
