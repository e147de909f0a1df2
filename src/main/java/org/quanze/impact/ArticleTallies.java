package org.quanze.impact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.quanze.graph.Iris;
import org.quanze.reading.GraphReader;
import org.quanze.reading.ImpactQueries;
import org.quanze.vocab.QZ;

/**
 * The citations of each article counted per list and role, kept in each list file's health graph when
 * a load checks the file: the article page reads these counts ({@code article-citers-by-list.rq})
 * instead of counting thousands of citations at every request (6,300 for one article at 100×).
 */
final class ArticleTallies {

    private ArticleTallies() {
    }

    /** The counts of every list file the reader holds, by the file's graph. */
    static Map<String, List<ArticleTallyRow>> count(GraphReader reader) {
        Map<String, List<ArticleTallyRow>> byGraph = new HashMap<>();
        ImpactQueries.list(reader, "impact-article-tallies", Map.of(), ArticleTallyRow.class)
                .forEach(r -> byGraph.computeIfAbsent(r.graph(), g -> new ArrayList<>()).add(r));
        return byGraph;
    }

    /** Adds the counts to a list file's health graph, one tally each, named by the IRI scheme. */
    static Model write(Iris iris, Model health, List<ArticleTallyRow> rows) {
        for (ArticleTallyRow r : rows) {
            health.createResource(iris.tally(r.article(), r.list(), r.role()), QZ.Tally)
                    .addProperty(QZ.tallyOf, health.createResource(r.article()))
                    .addProperty(QZ.tallyList, health.createResource(r.list())).addProperty(QZ.tallyRole, r.role().code())
                    .addProperty(QZ.tallyCount, health.createTypedLiteral(String.valueOf(r.n()), XSDDatatype.XSDinteger));
        }
        return health;
    }
}
