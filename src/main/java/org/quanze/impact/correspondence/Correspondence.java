package org.quanze.impact.correspondence;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The article correspondence between two versions of one document: one mapping per old article,
 * in article order, and the new articles that no old article leads to.
 */
public record Correspondence(String documentTitle, LocalDate oldVersion, LocalDate newVersion,
                             List<ArticleMapping> mappings, List<Integer> newWithoutPredecessor) {

    public Correspondence {
        mappings = List.copyOf(mappings);
        newWithoutPredecessor = List.copyOf(newWithoutPredecessor);
    }

    public Optional<ArticleMapping> mapping(int oldArticle) {
        return mappings.stream().filter(m -> m.oldArticle() == oldArticle).findFirst();
    }

    /** How many old articles had each fate (every type present, zero included). */
    public Map<ChangeType, Integer> counts() {
        Map<ChangeType, Integer> counts = new EnumMap<>(ChangeType.class);
        for (ChangeType t : ChangeType.values()) {
            if (t != ChangeType.ADDED) {
                counts.put(t, 0);
            }
        }
        mappings.forEach(m -> counts.merge(m.type(), 1, Integer::sum));
        return counts;
    }

    /** The correspondence as table rows, one per old article, for export. */
    public List<CorrespondenceRow> rows() {
        return mappings.stream().map(m -> CorrespondenceRow.of(documentTitle, oldVersion, m)).toList();
    }
}
