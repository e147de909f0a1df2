package org.quanze.load;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.quanze.graph.Iris;
import org.quanze.graph.KnownVersions;
import org.quanze.store.GraphStore;

/** The versions whose official text the store holds, each with the graph (source file) that holds it. */
final class StoredVersions {

    private static final Query OFFICIAL = QueryFactory.create("""
            PREFIX qz:  <https://w3id.org/quanze/ontology#>
            PREFIX eli: <http://data.europa.eu/eli/ontology#>
            SELECT ?g ?key ?date ?inForce WHERE {
              GRAPH ?g { ?v qz:hasOfficialText true ; eli:version_date ?date ; eli:realizes ?d .
                         ?d qz:shortTitle ?key .
                         OPTIONAL { ?v eli:first_date_entry_in_force ?inForce } }
            } ORDER BY ?g LIMIT 100000""");

    private record Held(String key, LocalDate date, LocalDate inForce, String graph) {
    }

    private final Map<String, Held> byVersion = new HashMap<>();

    static StoredVersions of(GraphStore store, Iris iris) {
        StoredVersions held = new StoredVersions();
        ResultSet rs = store.select(OFFICIAL);
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            LocalDate date = LocalDate.parse(s.getLiteral("date").getLexicalForm());
            LocalDate inForce = s.contains("inForce") ? LocalDate.parse(s.getLiteral("inForce").getLexicalForm()) : null;
            String key = s.getLiteral("key").getString();
            held.byVersion.putIfAbsent(key + "/" + date, new Held(key, date, inForce, s.getResource("g").getURI()));
        }
        return held;
    }

    /** The graph holding that version ({@code key/date}), or null. */
    String graphOf(String version) {
        Held h = byVersion.get(version);
        return h == null ? null : h.graph();
    }

    void addTo(KnownVersions known) {
        byVersion.values().forEach(h -> known.add(h.key(), h.date(), h.inForce()));
    }
}
