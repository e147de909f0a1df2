package org.quanze.impact;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.quanze.graph.Iris;
import org.quanze.graph.PowerFacet;
import org.quanze.vocab.QZ;

/**
 * The powers of each list counted per value of each facet of the powers page (category, undertaking unit,
 * list), kept in the list file's health graph when a load checks the file: the powers page adds these up
 * ({@code powers-facets.rq}) instead of counting every power of the store at every request.
 */
final class FacetTallies {

    private FacetTallies() {
    }

    /** Adds the counts to a list file's health graph, one tally per list, facet and value, named by the IRI scheme. */
    static Model write(Iris iris, Model health, List<FacetTallyRow> rows) {
        for (FacetTallyRow r : rows) {
            PowerFacet facet = PowerFacet.ofCode(r.facet())
                    .orElseThrow(() -> new IllegalStateException("impact-power-facets.rq gave no facet: " + r.facet()));
            health.createResource(iris.facetTally(r.list(), facet, r.value()), QZ.Tally)
                    .addProperty(QZ.tallyList, health.createResource(r.list())).addProperty(QZ.tallyFacet, facet.code())
                    .addProperty(QZ.tallyOf, health.createResource(r.value()))
                    .addProperty(QZ.tallyCount, health.createTypedLiteral(String.valueOf(r.n()), XSDDatatype.XSDinteger));
        }
        return health;
    }
}
