package org.quanze.health;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quanze.reading.CitationRecord;

/**
 * How many citations tag each document with each level (a 同N not counted: it repeats a tag already
 * counted). The level a document's other citations give it is the one tagged most often, when one
 * level leads alone; that level depends on every list citing the document, so a load that checks some
 * lists only gives them the counts of all (the counts kept per list file, added up).
 */
public final class LevelTags {

    /** Document → level → count. */
    private final Map<String, Map<String, Long>> counts;

    private LevelTags(Map<String, Map<String, Long>> counts) {
        this.counts = counts;
    }

    public static LevelTags none() {
        return new LevelTags(new HashMap<>());
    }

    /** The tags of these citations. */
    public static LevelTags of(List<CitationRecord> citations) {
        LevelTags tags = none();
        citations.stream().filter(c -> !c.isRepeat() && c.written().level() != null)
                .forEach(c -> tags.add(c.resolved().document(), c.written().level(), 1));
        return tags;
    }

    public void add(String document, String level, long n) {
        counts.computeIfAbsent(document, d -> new HashMap<>()).merge(level, n, Long::sum);
    }

    public void addAll(LevelTags other) {
        other.counts.forEach((document, levels) -> levels.forEach((level, n) -> add(document, level, n)));
    }

    public Set<String> documents() {
        return counts.keySet();
    }

    /** Level → count of one document. */
    public Map<String, Long> of(String document) {
        return counts.getOrDefault(document, Map.of());
    }

    /** The level tagged more often than any other for the document; empty on a tie or with no tag. */
    public Optional<String> majority(String document) {
        Map<String, Long> levels = counts.getOrDefault(document, Map.of());
        long top = levels.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<String> leaders = levels.entrySet().stream().filter(e -> e.getValue() == top && top > 0)
                .map(Map.Entry::getKey).toList();
        return leaders.size() == 1 ? Optional.of(leaders.get(0)) : Optional.empty();
    }
}
