package org.quanze.health;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.quanze.queries.Bindings;
import org.quanze.reading.GraphReader;
import org.quanze.reading.ImpactQueries;

/**
 * The findings counted per kind as the loads kept them in the list files' health graphs (citation findings
 * and reader's warnings alike, by the kind's code): what /health shows as its counts, read as a few dozen
 * tallies instead of every finding at every request.
 */
public final class FindingCounts {

    private final Map<String, Long> byCode;

    private FindingCounts(Map<String, Long> byCode) {
        this.byCode = byCode;
    }

    /** The counts of every list, or of one ({@code listIri}: its findings and those of its file met in no list's table). */
    public static FindingCounts read(GraphReader reader, String listIri) {
        Map<String, Node> params = listIri == null ? Map.of() : ImpactQueries.iri("list", listIri);
        String name = "health-finding-tallies";
        Map<String, Long> byCode = new TreeMap<>();
        ImpactQueries.list(reader, name, Bindings.bind(ImpactQueries.query(name), List.of("list"), params), KindCountRow.class)
                .forEach(r -> byCode.merge(r.kind(), r.n(), Long::sum));
        return new FindingCounts(byCode);
    }

    /** How many findings of the kind of that code; 0 when none. */
    public long of(String code) {
        return byCode.getOrDefault(code, 0L);
    }
}
