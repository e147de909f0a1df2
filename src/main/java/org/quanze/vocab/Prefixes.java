package org.quanze.vocab;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/** The prefixes every output of Quanze uses, so that Turtle and JSON-LD stay readable. */
public final class Prefixes {

    private Prefixes() {
    }

    public static PrefixMapping standard() {
        return PrefixMapping.Factory.create()
                .setNsPrefix("qz", QZ.NS)
                .setNsPrefix("eli", ELI.NS)
                .setNsPrefix("org", ORG.NS)
                .setNsPrefix("prov", PROV.NS)
                .setNsPrefix("skos", SKOS.uri)
                .setNsPrefix("dcterms", DCTerms.NS)
                .setNsPrefix("rdf", RDF.uri)
                .setNsPrefix("rdfs", RDFS.uri)
                .setNsPrefix("owl", OWL.NS)
                .setNsPrefix("xsd", XSD.NS)
                .setNsPrefix("cat", QZ.CATEGORY_NS)
                .setNsPrefix("lvl", QZ.LEVEL_NS)
                .lock();
    }

    /** The standard prefixes and the data namespace of this installation ({@code qzd:}). */
    public static PrefixMapping withData(String base) {
        return PrefixMapping.Factory.create().setNsPrefixes(standard()).setNsPrefix("qzd", base).lock();
    }

    /** The PREFIX lines for SPARQL text. */
    public static String sparql() {
        StringBuilder sb = new StringBuilder();
        standard().getNsPrefixMap().forEach((p, ns) -> sb.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
        return sb.toString();
    }
}
