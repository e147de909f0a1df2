package org.quanze.web.ahead;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.quanze.queries.Bindings;
import org.springframework.stereotype.Component;
import org.quanze.store.GraphStore;
import org.quanze.web.PageQueries;
import org.quanze.web.PerGeneration;

/**
 * The citations that versions not yet in force will change ({@code changes-ahead.rq}), seen from the
 * day picked or today ({@link AsOf}): for the whole store, one list or one power.
 */
@Component
public class ChangesAhead {

    static final String QUERY = "changes-ahead";
    private static final int KEPT_DAYS = 1000;

    private final PageQueries queries;
    private final AsOf asOf;
    /** For the store's generation, whether any version is ahead of each day asked ({@code versions-ahead.rq}). */
    private final PerGeneration<Map<LocalDate, Boolean>> anyAhead;

    public ChangesAhead(PageQueries queries, AsOf asOf, GraphStore store) {
        this.queries = queries;
        this.asOf = asOf;
        this.anyAhead = new PerGeneration<>(store, ConcurrentHashMap::new);
    }

    /** Everywhere. */
    public Ahead all() {
        return read(null, null);
    }

    public Ahead ofList(String list) {
        return read(list, null);
    }

    public Ahead ofPower(String power) {
        return read(null, power);
    }

    private Ahead read(String list, String power) {
        LocalDate day = asOf.day();
        Map<String, Node> values = new HashMap<>();
        values.put("asOf", NodeFactory.createLiteralDT(day.toString(), XSDDatatype.XSDdate));
        if (!anyAhead(day, values)) {
            return new Ahead(day, asOf.picked(), List.of());
        }
        if (list != null) {
            values.put("flist", NodeFactory.createURI(list));
        }
        if (power != null) {
            values.put("fpower", NodeFactory.createURI(power));
        }
        List<AheadFlag> flags = queries.list(QUERY, Bindings.bind(queries.query(QUERY), List.of("asOf", "flist", "fpower"),
                values), AheadFlag.class);
        return new Ahead(day, asOf.picked(), flags);
    }

    private boolean anyAhead(LocalDate day, Map<String, Node> asOfValue) {
        Map<LocalDate, Boolean> known = anyAhead.get();
        Boolean ahead = known.get(day);
        if (ahead == null) {
            ahead = !queries.list("versions-ahead", asOfValue, VersionAhead.class).isEmpty();
            // Any day can be asked (?asOf=): only so many are kept.
            if (known.size() < KEPT_DAYS) {
                known.put(day, ahead);
            }
        }
        return ahead;
    }
}
