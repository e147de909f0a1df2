package org.quanze.web.linkeddata;

import org.apache.jena.rdf.model.RDFNode;
import org.quanze.queries.Fills;

/** A statement about a resource ({@code direction}: out when the resource is its subject, in when its object). */
@Fills("resource-statements")
record Statement(String direction, String property, RDFNode value, String valueLabel) {

    /** The value's IRI; null for a literal (or a blank node). */
    public String valueIri() {
        return value != null && value.isURIResource() ? value.asResource().getURI() : null;
    }

    /** The value as text: a literal's lexical form, an IRI, or the term as written. */
    public String valueText() {
        if (value == null) {
            return null;
        }
        return value.isLiteral() ? value.asLiteral().getLexicalForm() : value.isURIResource() ? valueIri() : value.toString();
    }
}
