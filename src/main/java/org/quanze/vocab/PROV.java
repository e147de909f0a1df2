package org.quanze.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The PROV-O terms Quanze uses to say where each statement came from. */
public final class PROV {

    public static final String NS = "http://www.w3.org/ns/prov#";

    public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
    public static final Resource Activity = ResourceFactory.createResource(NS + "Activity");
    public static final Property endedAtTime = ResourceFactory.createProperty(NS + "endedAtTime");
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS + "wasDerivedFrom");
    public static final Property wasRevisionOf = ResourceFactory.createProperty(NS + "wasRevisionOf");
    public static final Property generatedAtTime = ResourceFactory.createProperty(NS + "generatedAtTime");

    private PROV() {
    }
}
