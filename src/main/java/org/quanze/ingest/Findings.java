package org.quanze.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The warnings of one file as they are raised, each with its kind and place. Most are printed one
 * by one; what a list does the same way in hundreds of cells (a level tag the scheme does not know,
 * duties that name no unit, citations of a whole document) is printed once per file with how often
 * and where, so that the warnings a person reads stay few enough to be read. Every occurrence is
 * kept all the same ({@link #occurrences()}): the graph stores each as a finding on its cell.
 */
public final class Findings {

    /** Rows named in a summary before the rest is only counted. */
    private static final int PLACES_SHOWN = 8;

    private final List<Finding> single = new ArrayList<>();
    private final Map<String, Tally> tallies = new LinkedHashMap<>();

    private static final class Tally {
        final List<Finding> places = new ArrayList<>();
    }

    public void add(Finding finding) {
        single.add(finding);
    }

    public void add(WarningKind kind, Location location, String message) {
        add(new Finding(location, kind, message));
    }

    /** Adds a finding unless one with the same message was added already (e.g. by another sheet). */
    public void once(Finding finding) {
        if (single.stream().noneMatch(f -> f.message().equals(finding.message()))) {
            add(finding);
        }
    }

    /**
     * Counts one occurrence of something printed once per file: {@code key} tells occurrences of
     * the same thing apart, {@code message} says what it is (the first occurrence's is printed).
     */
    public void tally(WarningKind kind, String key, Location location, String message) {
        tallies.computeIfAbsent(key, k -> new Tally()).places.add(new Finding(location, kind, message));
    }

    /** The warnings as printed, in the order first raised: single ones, then one per tally. */
    public List<Finding> list() {
        List<Finding> all = new ArrayList<>(single);
        for (Tally t : tallies.values()) {
            Finding first = t.places.get(0);
            all.add(t.places.size() == 1 ? first
                    : new Finding(first.location(), first.kind(), first.message() + summary(t.places)));
        }
        return all;
    }

    /** Every warning where it was raised, tallied ones each in its own place: single ones, then each tally's. */
    public List<Finding> occurrences() {
        List<Finding> all = new ArrayList<>(single);
        tallies.values().forEach(t -> all.addAll(t.places));
        return all;
    }

    private static String summary(List<Finding> places) {
        List<String> cells = places.stream().map(f -> cell(f.location())).distinct().toList();
        StringBuilder sb = new StringBuilder(" (").append(places.size()).append(" times in this file: ");
        sb.append(String.join(", ", cells.subList(0, Math.min(PLACES_SHOWN, cells.size()))));
        if (cells.size() > PLACES_SHOWN) {
            sb.append(" and ").append(cells.size() - PLACES_SHOWN).append(" more cells");
        }
        return sb.append(')').toString();
    }

    /** A cell as a person finds it: E3 in a sheet (as a spreadsheet names it), r3c5 in a text table. */
    private static String cell(Location at) {
        if (at.sheet() == null) {
            return "r" + at.row() + "c" + at.column();
        }
        StringBuilder letters = new StringBuilder();
        for (int c = at.column(); c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters + Integer.toString(at.row());
    }
}
