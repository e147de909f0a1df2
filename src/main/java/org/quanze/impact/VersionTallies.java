package org.quanze.impact;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.quanze.graph.Iris;
import org.quanze.vocab.QZ;

/**
 * The citations of each version counted per list file, kept in the file's health graph when a load checks the file:
 * a document's page and /laws add these up instead of counting every citation of a law at every request. A tally of a
 * version has no list, role, facet, kind or class: what it counts for is the version alone ({@code qz:tallyOf}).
 */
final class VersionTallies {

    private VersionTallies() {
    }

    /** Adds the counts to a list file's health graph, one tally per version, named by the IRI scheme. */
    static Model write(Iris iris, Model health, String listGraph, List<VersionTallyRow> rows) {
        for (VersionTallyRow r : rows) {
            health.createResource(iris.citationTally(r.version(), listGraph), QZ.Tally)
                    .addProperty(QZ.tallyOf, health.createResource(r.version()))
                    .addProperty(QZ.tallyCount, health.createTypedLiteral(String.valueOf(r.n()), XSDDatatype.XSDinteger));
        }
        return health;
    }
}
