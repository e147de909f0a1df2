package org.quanze.web.impact;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quanze.health.FindingCounts;
import org.quanze.health.ReadingFinding;
import org.quanze.health.ReadingFindings;
import org.quanze.ingest.WarningKind;
import org.quanze.reading.GraphReader;
import org.springframework.ui.Model;

/**
 * The section of the health page for what the reader met reading the lists (slips it read past,
 * level tags it does not know, documents cited without an article, …): counts per kind and the
 * findings themselves, each with its place and its cell.
 */
final class ReadingFindingsSection {

    /** How many findings the page lists; the CSV has them all. */
    static final int SHOWN = 200;

    private ReadingFindingsSection() {
    }

    /** The kinds the graph keeps, by code: what the page counts and the kind filter offers. */
    static List<String> kinds() {
        return Arrays.stream(WarningKind.values()).filter(WarningKind::stored).map(WarningKind::code).toList();
    }

    /**
     * Puts the section's attributes into the model: the counts the loads kept, the findings of {@code kind}
     * (all when none) listed from {@code all}.
     */
    static void add(Model model, GraphReader reader, List<ReadingFinding> all, String kind, FindingCounts kept) {
        Map<String, Long> counts = new LinkedHashMap<>();
        kinds().forEach(k -> counts.put(k, kept.of(k)));
        counts.values().removeIf(n -> n == 0);
        List<ReadingFinding> shown = kind == null || kind.isBlank() ? all
                : all.stream().filter(f -> f.kind().code().equals(kind)).toList();
        model.addAttribute("readingCounts", counts);
        model.addAttribute("readingTotal", counts.values().stream().mapToLong(Long::longValue).sum());
        model.addAttribute("readingSlips", Arrays.stream(WarningKind.values()).filter(WarningKind::slip)
                .mapToLong(k -> counts.getOrDefault(k.code(), 0L)).sum());
        model.addAttribute("readingCount", shown.size());
        List<ReadingFinding> listed = shown.subList(0, Math.min(SHOWN, shown.size()));
        model.addAttribute("reading", ReadingFindings.withCellTexts(reader, listed));
    }
}
