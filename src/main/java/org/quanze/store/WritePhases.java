package org.quanze.store;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How long each phase of the last write took (replace graphs, derive, validate, commit, text
 * index), in milliseconds: what the benchmark reports and what a slow load is profiled with.
 */
public final class WritePhases {

    private final Map<String, Long> millis = new LinkedHashMap<>();
    private long mark = System.nanoTime();

    /** Ends the phase running since the last call (or since this object was made) under {@code name}. */
    void done(String name) {
        long now = System.nanoTime();
        millis.merge(name, (now - mark) / 1_000_000, Long::sum);
        mark = now;
    }

    /** Adds a figure that is not a duration (a count), kept beside the phases. */
    void count(String name, long value) {
        millis.put(name, value);
    }

    public Map<String, Long> asMap() {
        return Map.copyOf(millis);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        millis.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : ", ").append(k).append('=').append(v));
        return sb.toString();
    }
}
