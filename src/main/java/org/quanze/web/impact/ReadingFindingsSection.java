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
     * Puts the section's attributes into the model: the counts the loads kept, and the first findings of {@code kind}
     * (all kinds when none) of the list {@code listIri}, or of every list: read no further than the page lists them,
     * the count of the rest being the one the loads kept.
     */
    static void add(Model model, GraphReader reader, String listIri, String kind, FindingCounts kept) {
        Map<String, Long> counts = new LinkedHashMap<>();
        kinds().forEach(k -> counts.put(k, kept.of(k)));
        counts.values().removeIf(n -> n == 0);
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        boolean anyKind = kind == null || kind.isBlank();
        List<ReadingFinding> listed;
        long count;
        if (listIri == null) {
            count = anyKind ? total : counts.getOrDefault(kind, 0L);
            listed = ReadingFindings.first(reader, k -> anyKind || k.code().equals(kind), count, SHOWN);
        } else {
            List<ReadingFinding> shown = ReadingFindings.read(reader, listIri).stream()
                    .filter(f -> anyKind || f.kind().code().equals(kind)).toList();
            count = shown.size();
            listed = shown.subList(0, Math.min(SHOWN, shown.size()));
        }
        model.addAttribute("readingCounts", counts);
        model.addAttribute("readingTotal", total);
        model.addAttribute("readingSlips", Arrays.stream(WarningKind.values()).filter(WarningKind::slip)
                .mapToLong(k -> counts.getOrDefault(k.code(), 0L)).sum());
        model.addAttribute("readingCount", count);
        model.addAttribute("reading", ReadingFindings.withCellTexts(reader, listed));
    }
}
