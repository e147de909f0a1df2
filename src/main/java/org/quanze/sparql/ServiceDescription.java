package org.quanze.sparql;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.quanze.graph.Iris;
import org.quanze.store.GraphStore;
import org.quanze.vocab.Prefixes;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The SPARQL 1.1 Service Description of {@code /sparql}: what a client learns by dereferencing
 * the endpoint without a query (languages, result formats, the union default graph, the named
 * graphs, the VoID description and the limits).
 */
@Component
public record ServiceDescription(GraphStore store, SparqlProperties properties, Iris iris) {

    private static final org.apache.jena.query.Query GRAPHS = org.apache.jena.query.QueryFactory.create(
            "SELECT DISTINCT ?g WHERE { GRAPH ?g { } } LIMIT 100000");
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String VOID = "http://rdfs.org/ns/void#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";

    void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String format = request.getParameter("format");
        RdfFormats.Format chosen = (format != null ? RdfFormats.byName(format) : RdfFormats.preferred(request.getHeader("Accept")))
                .orElse(RdfFormats.TURTLE);
        RdfResponses.write(describe(ServletUriComponentsBuilder.fromContextPath(request).build().toUriString()), chosen, response);
    }

    /** The description, for an app served at {@code root}. */
    public Model describe(String root) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.standard());
        m.setNsPrefix("sd", SD);
        m.setNsPrefix("void", VOID);
        Resource service = m.createResource(root + "/sparql", m.createResource(SD + "Service"));
        service.addProperty(p(m, SD, "endpoint"), m.createResource(root + "/sparql"));
        service.addProperty(p(m, SD, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"));
        service.addProperty(p(m, SD, "feature"), m.createResource(SD + "UnionDefaultGraph"));
        service.addProperty(p(m, SD, "feature"), m.createResource(SD + "DereferencesURIs"));
        for (String f : new String[] {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML"}) {
            service.addProperty(p(m, SD, "resultFormat"), m.createResource(FORMATS + f));
        }
        service.addProperty(m.createProperty("http://www.w3.org/2000/01/rdf-schema#comment"), String.format(
                "Read-only. Queries time out after %d s; a SELECT returns at most %d rows (its LIMIT is lowered to "
                        + "that, and the response carries the header %s). SERVICE is not allowed. The default graph is "
                        + "the union of the named graphs, one per source file.",
                properties.timeout().toSeconds(), properties.maxResults(), CappedQueryService.LIMIT_HEADER));
        Resource dataset = m.createResource(root + "/.well-known/void#dataset");
        service.addProperty(p(m, SD, "defaultDataset"), dataset);
        dataset.addProperty(RDF.type, m.createResource(SD + "Dataset"));
        dataset.addProperty(RDF.type, m.createResource(VOID + "Dataset"));
        Resource defaultGraph = m.createResource().addProperty(RDF.type, m.createResource(SD + "Graph"));
        dataset.addProperty(p(m, SD, "defaultGraph"), defaultGraph);
        var graphs = new java.util.TreeSet<String>();
        store.select(GRAPHS).forEachRemaining(r -> graphs.add(r.getResource("g").getURI()));
        for (String graph : graphs) {
            Resource named = m.createResource().addProperty(RDF.type, m.createResource(SD + "NamedGraph"))
                    .addProperty(p(m, SD, "name"), m.createResource(graph));
            dataset.addProperty(p(m, SD, "namedGraph"), named);
        }
        return m;
    }

    private static Property p(Model m, String ns, String local) {
        return m.createProperty(ns + local);
    }
}
