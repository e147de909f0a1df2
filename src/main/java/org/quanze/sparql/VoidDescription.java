package org.quanze.sparql;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.quanze.graph.Iris;
import org.quanze.store.GraphStore;
import org.quanze.vocab.ELI;
import org.quanze.vocab.ORG;
import org.quanze.vocab.PROV;
import org.quanze.vocab.Prefixes;
import org.quanze.vocab.QZ;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The VoID description at {@code /.well-known/void}: how many triples, which classes and
 * properties with their counts, the endpoint and the dumps. Counted once per state of the store
 * (the set of loaded files), not on every request.
 */
@RestController
class VoidDescription {

    private static final Query CLASSES = QueryFactory.create(
            "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c ORDER BY ?c");
    private static final Query PROPERTIES = QueryFactory.create(
            "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY ?p");
    private static final Query TRIPLES = QueryFactory.create("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");

    /** The counts for one state of the store. */
    private record Counts(Map<String, String> state, long triples, ResultSetRewindable classes,
                          ResultSetRewindable properties) {
    }

    private final GraphStore store;
    private final Iris iris;
    private final AtomicReference<Counts> cache = new AtomicReference<>();

    VoidDescription(GraphStore store, Iris iris) {
        this.store = store;
        this.iris = iris;
    }

    @GetMapping("/.well-known/void")
    void voidDescription(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String format = request.getParameter("format");
        RdfFormats.Format chosen = (format != null ? RdfFormats.byName(format)
                : RdfFormats.preferred(request.getHeader("Accept"))).orElse(RdfFormats.TURTLE);
        RdfResponses.write(describe(ServletUriComponentsBuilder.fromContextPath(request).build().toUriString()),
                chosen, response);
    }

    Model describe(String root) {
        Counts counts = counts();
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.standard());
        m.setNsPrefix("void", ServiceDescription.VOID);
        Resource dataset = m.createResource(root + "/.well-known/void#dataset", m.createResource(ServiceDescription.VOID + "Dataset"));
        dataset.addProperty(DCTerms.title, "权责图谱", "zh").addProperty(DCTerms.title, "Quanze", "en");
        dataset.addProperty(DCTerms.description, "Power-and-responsibility lists linked to the exact articles, of the "
                + "exact versions, of the laws they cite.", "en");
        dataset.addProperty(v(m, "sparqlEndpoint"), m.createResource(root + "/sparql"));
        dataset.addProperty(v(m, "dataDump"), m.createResource(root + DumpController.NQUADS));
        dataset.addProperty(v(m, "dataDump"), m.createResource(root + DumpController.TRIG));
        dataset.addProperty(v(m, "uriSpace"), iris.base());
        dataset.addLiteral(v(m, "triples"), m.createTypedLiteral(Long.toString(counts.triples()), XSDDatatype.XSDinteger));
        for (String ns : new String[] {QZ.NS, ELI.NS, ORG.NS, PROV.NS, "http://www.w3.org/2004/02/skos/core#"}) {
            dataset.addProperty(v(m, "vocabulary"), m.createResource(ns));
        }
        dataset.addLiteral(v(m, "classes"), m.createTypedLiteral(Integer.toString(counts.classes().size()), XSDDatatype.XSDinteger));
        dataset.addLiteral(v(m, "properties"), m.createTypedLiteral(Integer.toString(counts.properties().size()), XSDDatatype.XSDinteger));
        partitions(m, dataset, counts.classes(), "c", "classPartition", "class", "entities");
        partitions(m, dataset, counts.properties(), "p", "propertyPartition", "property", "triples");
        return m;
    }

    private static void partitions(Model m, Resource dataset, ResultSetRewindable rows, String var, String partition,
                                   String key, String count) {
        rows.reset();
        while (rows.hasNext()) {
            QuerySolution s = rows.next();
            Resource part = m.createResource()
                    .addProperty(key.equals("class") ? v(m, "class") : v(m, "property"), s.getResource(var))
                    .addLiteral(v(m, count), s.getLiteral("n"));
            dataset.addProperty(v(m, partition), part);
        }
        rows.reset();
    }

    private Counts counts() {
        Map<String, String> state = store.sourceHashes();
        Counts current = cache.get();
        if (current != null && current.state().equals(state)) {
            return current;
        }
        long triples = store.select(TRIPLES).next().getLiteral("n").getLong();
        Counts fresh = new Counts(state, triples, store.select(CLASSES), store.select(PROPERTIES));
        cache.set(fresh);
        return fresh;
    }

    private static Property v(Model m, String local) {
        return m.createProperty(ServiceDescription.VOID + local);
    }

}
