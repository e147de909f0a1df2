package org.quanze.web.vocabulary;

import java.util.Comparator;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.quanze.graph.Ontology;
import org.quanze.vocab.QZ;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The ontology as a page: classes and properties with labels, comments and an example query each, from ontology/. */
@Controller
class VocabularyController {

    static final String VIEW = "vocabulary";

    private final List<Term> classes;
    private final List<Term> properties;

    VocabularyController(Ontology ontology) {
        Model m = ontology.vocabulary();
        this.classes = terms(m, OWL.Class);
        this.properties = terms(m, OWL.ObjectProperty, OWL.DatatypeProperty);
    }

    /** A class or property of the vocabulary as the page shows it. */
    record Term(String iri, String local, String zh, String en, String commentZh, String commentEn, List<String> supers,
                String domain, String range, String kind) {

        /** A first query to try with the term. */
        public String example() {
            String prefix = "PREFIX qz: <" + QZ.NS + ">\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n\n";
            if (kind.equals("class")) {
                return prefix + "SELECT ?x ?label WHERE {\n  ?x a qz:" + local + " .\n  OPTIONAL { ?x rdfs:label ?label }\n} LIMIT 20\n";
            }
            return prefix + "SELECT ?subject ?value WHERE {\n  ?subject qz:" + local + " ?value .\n} LIMIT 20\n";
        }
    }

    @GetMapping("/vocabulary")
    String vocabulary(org.springframework.ui.Model model) {
        model.addAttribute("classes", classes);
        model.addAttribute("properties", properties);
        model.addAttribute("namespace", QZ.NS);
        return VIEW;
    }

    private static List<Term> terms(Model m, Resource... types) {
        return java.util.Arrays.stream(types)
                .flatMap(t -> m.listSubjectsWithProperty(RDF.type, t).toList().stream())
                .filter(r -> r.isURIResource() && r.getURI().startsWith(QZ.NS))
                .map(r -> term(m, r))
                .sorted(Comparator.comparing(Term::kind).thenComparing(Term::local))
                .toList();
    }

    private static Term term(Model m, Resource r) {
        List<String> supers = m.listObjectsOfProperty(r, RDFS.subClassOf).toList().stream()
                .filter(RDFNode::isURIResource).map(n -> m.shortForm(n.asResource().getURI())).toList();
        String kind = m.contains(r, RDF.type, OWL.Class) ? "class" : "property";
        return new Term(r.getURI(), r.getLocalName(), literal(m, r, RDFS.label, "zh"), literal(m, r, RDFS.label, "en"),
                literal(m, r, RDFS.comment, "zh"), literal(m, r, RDFS.comment, "en"), supers,
                shortIri(m, r, RDFS.domain), shortIri(m, r, RDFS.range), kind);
    }

    private static String shortIri(Model m, Resource r, org.apache.jena.rdf.model.Property p) {
        Resource value = r.getPropertyResourceValue(p);
        return value == null || !value.isURIResource() ? null : m.shortForm(value.getURI());
    }

    private static String literal(Model m, Resource r, org.apache.jena.rdf.model.Property p, String lang) {
        return m.listObjectsOfProperty(r, p).toList().stream()
                .filter(n -> n.isLiteral() && lang.equals(n.asLiteral().getLanguage()))
                .map(n -> n.asLiteral().getString()).findFirst().orElse(null);
    }
}
