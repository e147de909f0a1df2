package org.quanze.web;

import java.util.Map;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;

/** One row of a page query: its values by variable, with the conversions pages need. */
public record Row(Map<String, RDFNode> values) {

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
        RDFNode n = values.get(var);
        if (n == null || !n.isLiteral()) {
            return null;
        }
        Literal l = n.asLiteral();
        try {
            return l.getInt();
        } catch (RuntimeException e) {
            return null;
        }
    }

    public long count(String var) {
        Integer n = integer(var);
        return n == null ? 0 : n;
    }

    public boolean has(String var) {
        return values.get(var) != null;
    }
}
