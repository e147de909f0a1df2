package org.quanze.web.impact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quanze.graph.Iris;
import org.quanze.health.HealthFinding;

/**
 * One finding as a person fixes it: the same mistake (same kind, same document and reference, same
 * text written and known) made in several cells is one finding with those places, not one per cell.
 */
record FindingGroup(FindingView view, List<HealthFinding> places) {

    static List<FindingGroup> of(List<HealthFinding> findings, Iris iris) {
        Map<List<Object>, List<HealthFinding>> groups = new LinkedHashMap<>();
        for (HealthFinding f : findings) {
            groups.computeIfAbsent(key(f), k -> new ArrayList<>()).add(f);
        }
        return groups.values().stream().map(g -> new FindingGroup(FindingView.of(g.get(0), iris), g)).toList();
    }

    private static List<Object> key(HealthFinding f) {
        return Arrays.asList(f.kind(), f.place().list(), f.cites().documentKey(), f.cites().version(),
                f.cites().reference(), f.found().citedText(), f.found().knownText());
    }

    public HealthFinding first() {
        return places.get(0);
    }
}
