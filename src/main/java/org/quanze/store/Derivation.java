package org.quanze.store;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.quanze.graph.Ontology;

/**
 * Computes the derived graph: facts that need several sources at once (is the text of this
 * article official or known only from a list? which paragraph does a citation name? when did a
 * version stop being in force?), from the CONSTRUCT rules in {@code ontology/rules/}.
 */
public final class Derivation {

    private final List<Ontology.Rule> rules;

    public Derivation(List<Ontology.Rule> rules) {
        this.rules = rules;
    }

    /** Runs every rule over the union of the dataset's named graphs; the derived graph must be empty then. */
    public Graph derive(DatasetGraph dataset) {
        Graph derived = GraphFactory.createDefaultGraph();
        for (Ontology.Rule rule : rules) {
            QueryExec.dataset(dataset).query(rule.query()).construct().find().forEachRemaining(derived::add);
        }
        return derived;
    }
}
