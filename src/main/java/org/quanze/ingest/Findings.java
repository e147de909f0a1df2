package org.quanze.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The warnings of one file as they are raised. Most are kept one by one; what a list does the
 * same way in hundreds of cells (a level tag the scheme does not know, duties that name no unit,
 * citations of a whole document) is reported once per file with how often and where, so that the
 * warnings a person reads stay few enough to be read.
 */
public final class Findings {

    /** Rows named in a summary before the rest is only counted. */
    private static final int PLACES_SHOWN = 8;

    private final List<Finding> single = new ArrayList<>();
    private final Map<String, Tally> tallies = new LinkedHashMap<>();

    private static final class Tally {
        final Location first;
        final String message;
        final List<Location> places = new ArrayList<>();

        Tally(Location first, String message) {
            this.first = first;
            this.message = message;
        }
    }

    public void add(Finding finding) {
        single.add(finding);
    }

    public void add(Location location, String message) {
        add(new Finding(location, message));
    }

    /** Adds a finding unless one with the same message was added already (e.g. by another sheet). */
    public void once(Location location, String message) {
        if (single.stream().noneMatch(f -> f.message().equals(message))) {
            add(location, message);
        }
    }

    /**
     * Counts one occurrence of something reported once per file: {@code key} tells occurrences of
     * the same thing apart, {@code message} (of the first occurrence) says what it is.
     */
    public void tally(String key, Location location, String message) {
        tallies.computeIfAbsent(key, k -> new Tally(location, message)).places.add(location);
    }

    /** The warnings in the order first raised: single ones, then one per tally. */
    public List<Finding> list() {
        List<Finding> all = new ArrayList<>(single);
        for (Tally t : tallies.values()) {
            all.add(new Finding(t.first, t.places.size() == 1 ? t.message : t.message + summary(t.places)));
        }
        return all;
    }

    private static String summary(List<Location> places) {
        List<String> cells = places.stream().map(Findings::cell).distinct().toList();
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
