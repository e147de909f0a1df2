package org.quanze.graph;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.quanze.ingest.list.PartialDate;
import org.quanze.vocab.QZ;

/** Small helpers for writing statements that are only made when there is a value. */
final class Statements {

    private final Model model;

    Statements(Model model) {
        this.model = model;
    }

    Model model() {
        return model;
    }

    Resource resource(String iri, Resource... types) {
        Resource r = model.createResource(iri);
        for (Resource type : types) {
            r.addProperty(org.apache.jena.vocabulary.RDF.type, type);
        }
        return r;
    }

    /** A plain string, kept exactly (no language tag: it is the source's own text). */
    void text(Resource subject, Property p, String value) {
        if (value != null) {
            subject.addProperty(p, value);
        }
    }

    /** A Chinese label or name. */
    void zh(Resource subject, Property p, String value) {
        if (value != null && !value.isBlank()) {
            subject.addProperty(p, value, "zh");
        }
    }

    void integer(Resource subject, Property p, Integer value) {
        if (value != null) {
            subject.addLiteral(p, model.createTypedLiteral(value.toString(), XSDDatatype.XSDinteger));
        }
    }

    void date(Resource subject, Property p, java.time.LocalDate value) {
        if (value != null) {
            subject.addLiteral(p, model.createTypedLiteral(value.toString(), XSDDatatype.XSDdate));
        }
    }

    /**
     * A date as precise as it is known: xsd:date under {@code exact}, else xsd:gYearMonth or xsd:gYear
     * under {@code partial}; and its precision (day, month, year).
     */
    void partialDate(Resource subject, Property exact, Property partial, PartialDate value) {
        if (value == null) {
            return;
        }
        switch (value.precision()) {
            case DAY -> date(subject, exact, value.first());
            case MONTH -> subject.addLiteral(partial, model.createTypedLiteral(value.slug(), XSDDatatype.XSDgYearMonth));
            case YEAR -> subject.addLiteral(partial, model.createTypedLiteral(value.slug(), XSDDatatype.XSDgYear));
        }
        subject.addProperty(QZ.datePrecision, value.precision().code());
    }

    void link(Resource subject, Property p, Resource object) {
        if (object != null) {
            subject.addProperty(p, object);
        }
    }
}
