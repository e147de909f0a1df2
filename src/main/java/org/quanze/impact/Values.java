package org.quanze.impact;

import java.time.LocalDate;
import java.util.Map;
import org.apache.jena.rdf.model.RDFNode;

/** One row of a query result, with the conversions the impact code needs (null when unbound). */
public record Values(Map<String, RDFNode> values) {

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
        String t = literal(var);
        try {
            return t == null ? null : Integer.valueOf(t.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public Double decimal(String var) {
        String t = literal(var);
        try {
            return t == null ? null : Double.valueOf(t.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public LocalDate date(String var) {
        String t = literal(var);
        try {
            return t == null ? null : LocalDate.parse(t.strip());
        } catch (RuntimeException e) {
            return null;
        }
    }

    public boolean bool(String var) {
        return "true".equals(literal(var));
    }

    public boolean has(String var) {
        return values.get(var) != null;
    }

    private String literal(String var) {
        RDFNode n = values.get(var);
        return n != null && n.isLiteral() ? n.asLiteral().getLexicalForm() : null;
    }
}
