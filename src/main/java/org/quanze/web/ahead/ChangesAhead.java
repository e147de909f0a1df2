package org.quanze.web.ahead;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.quanze.queries.Bindings;
import org.springframework.stereotype.Component;
import org.quanze.web.PageQueries;

/**
 * The citations that versions not yet in force will change ({@code changes-ahead.rq}), seen from the
 * day picked or today ({@link AsOf}): for the whole store, one list or one power.
 */
@Component
public record ChangesAhead(PageQueries queries, AsOf asOf) {

    static final String QUERY = "changes-ahead";

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
}
