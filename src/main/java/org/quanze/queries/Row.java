package org.quanze.queries;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;

/**
 * One row of a query result, by variable, with the conversions the pages and the impact code need;
 * each gives null (or 0, false) for an unbound variable or a value of another kind.
 */
public record Row(Map<String, RDFNode> values) {

    /** Every row of a result, read to its end. */
    public static List<Row> all(ResultSet rs) {
        List<Row> rows = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            Map<String, RDFNode> values = new HashMap<>();
            s.varNames().forEachRemaining(v -> values.put(v, s.get(v)));
            rows.add(new Row(values));
        }
        return rows;
    }

    public String text(String var) {
        RDFNode n = values.get(var);
        if (n == null) {
            return null;
        }
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : n.toString();
    }

    public String iri(String var) {
        RDFNode n = values.get(var);
        return n != null && n.isURIResource() ? n.asResource().getURI() : null;
    }

    public Integer integer(String var) {
        return parsed(var, Integer::valueOf);
    }

    public long count(String var) {
        Integer n = integer(var);
        return n == null ? 0 : n;
    }

    public Double decimal(String var) {
        return parsed(var, Double::valueOf);
    }

    public LocalDate date(String var) {
        return parsed(var, LocalDate::parse);
    }

    /** The literal read as a value, or null when it is absent or not of that form (a row never throws). */
    private <T> T parsed(String var, Function<String, T> parse) {
        String t = literal(var);
        try {
            return t == null ? null : parse.apply(t.strip());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Whether the value is true, read by value: an {@code xsd:boolean} may be written {@code "true"} or
     * {@code "1"} (Virtuoso sends {@code "1"^^xsd:boolean}); a plain literal counts only as {@code "true"}.
     */
    public boolean bool(String var) {
        RDFNode n = values.get(var);
        if (n == null || !n.isLiteral()) {
            return false;
        }
        Literal l = n.asLiteral();
        if (XSDDatatype.XSDboolean.equals(l.getDatatype()) && l.getDatatype().isValid(l.getLexicalForm())) {
            return l.getBoolean();
        }
        return "true".equals(l.getLexicalForm());
    }

    public boolean has(String var) {
        return values.get(var) != null;
    }

    private String literal(String var) {
        RDFNode n = values.get(var);
        return n != null && n.isLiteral() ? n.asLiteral().getLexicalForm() : null;
    }
}
