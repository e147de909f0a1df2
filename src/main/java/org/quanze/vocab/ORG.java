package org.quanze.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The W3C Organization Ontology terms Quanze uses for bodies and their units. */
public final class ORG {

    public static final String NS = "http://www.w3.org/ns/org#";

    public static final Resource Organization = ResourceFactory.createResource(NS + "Organization");
    public static final Resource FormalOrganization = ResourceFactory.createResource(NS + "FormalOrganization");
    public static final Resource OrganizationalUnit = ResourceFactory.createResource(NS + "OrganizationalUnit");
    public static final Property hasUnit = ResourceFactory.createProperty(NS + "hasUnit");
    public static final Property unitOf = ResourceFactory.createProperty(NS + "unitOf");

    private ORG() {
    }
}
