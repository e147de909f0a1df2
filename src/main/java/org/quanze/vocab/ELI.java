package org.quanze.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of the European Legislation Identifier ontology that Quanze reuses. */
public final class ELI {

    public static final String NS = "http://data.europa.eu/eli/ontology#";

    public static final Resource LegalResource = resource("LegalResource");
    public static final Resource LegalExpression = resource("LegalExpression");
    public static final Resource LegalResourceSubdivision = resource("LegalResourceSubdivision");
    public static final Property is_realized_by = property("is_realized_by");
    public static final Property realizes = property("realizes");
    public static final Property has_part = property("has_part");
    public static final Property number = property("number");
    public static final Property version_date = property("version_date");
    public static final Property date_document = property("date_document");
    public static final Property first_date_entry_in_force = property("first_date_entry_in_force");
    public static final Property date_no_longer_in_force = property("date_no_longer_in_force");
    public static final Property title = property("title");

    private ELI() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
