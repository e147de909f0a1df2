package org.quanze.web.ahead;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The changes ahead a page shows: the day they are seen from, whether the user picked it, and every
 * citation flagged. The pages group them: per citation (power page), per power (list page), per list
 * and per coming version (home page).
 */
public record Ahead(LocalDate asOf, String picked, List<AheadFlag> flags) {

    /** The flags of one citation. */
    public List<AheadFlag> of(String citation) {
        return flags.stream().filter(f -> f.at().citation().equals(citation)).toList();
    }

    /** The entries (powers, duties, cases) flagged, each counted once. */
    public long entries() {
        return flags.stream().map(f -> f.at().entry()).distinct().count();
    }

    /** Per power, in the list's order: the power and the changes that reach it, each change once. */
    public List<Group> byPower() {
        return group(f -> f.at().power());
    }

    /** Per list: the list and the changes that reach it. */
    public List<Group> byList() {
        return group(f -> f.at().list());
    }

    /** The coming versions: one flag of each, standing for the version (document, dates, impact link). */
    public List<AheadFlag> versions() {
        Map<String, AheadFlag> first = new LinkedHashMap<>();
        flags.forEach(f -> first.putIfAbsent(f.coming().fromVersion() + " " + f.coming().toVersion(), f));
        return List.copyOf(first.values());
    }

    private List<Group> group(java.util.function.Function<AheadFlag, String> key) {
        Map<String, List<AheadFlag>> groups = new LinkedHashMap<>();
        flags.forEach(f -> groups.computeIfAbsent(key.apply(f), k -> new ArrayList<>()).add(f));
        return groups.values().stream().map(Group::new).toList();
    }

    /** Flags sharing a power or a list. */
    public record Group(List<AheadFlag> flags) {

        /** Where the group is: the first flag's entry (its list and power). */
        public CitingEntry at() {
            return flags.get(0).at();
        }

        public long entries() {
            return flags.stream().map(f -> f.at().entry()).distinct().count();
        }

        public long powers() {
            return flags.stream().map(f -> f.at().power()).distinct().count();
        }

        /** Each article's coming change once, however many entries of the group cite it. */
        public List<ComingChange> changes() {
            return flags.stream().map(AheadFlag::coming).distinct().toList();
        }
    }
}
