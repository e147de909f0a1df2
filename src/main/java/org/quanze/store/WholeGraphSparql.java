package org.quanze.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.SparqlConstraints;
import org.apache.jena.shacl.engine.TargetType;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The SPARQL constraints of node shapes ({@code sh:sparql} with a SELECT), checked over a whole graph with one
 * query each rather than one per focus node. Jena's validator runs the query once for each focus node with
 * {@code $this} bound, planning it again each time: for the citations of a load (a hundred thousand at 100×)
 * that was half of the check. Run once with {@code $this} free, a query returns every row the per-node runs
 * would have returned, each with its {@code $this}; the rows whose {@code $this} the shape targets are its
 * violations, worded as Jena words them (the message, the focus node as the value).
 *
 * <p>Only constraints for which that holds are taken: a SELECT without aggregates, grouping, sub-selects,
 * limits or VALUES, whose message names no variable, in a node shape targeting classes that no other shape
 * refers to. The others stay with the shapes Jena checks ({@link #rest}).
 */
final class WholeGraphSparql {

    private static final Var THIS = Var.alloc("this");

    /** One constraint taken out: the shape it belongs to (in the full shapes), its query and message. */
    private record Taken(Shape shape, Query query, String message) {
    }

    private final List<Taken> taken;
    private final Shapes rest;

    private WholeGraphSparql(List<Taken> taken, Shapes rest) {
        this.taken = taken;
        this.rest = rest;
    }

    /** The constraints of {@code shapes} that can be checked whole-graph, and the shapes without them. */
    static WholeGraphSparql of(Shapes shapes) {
        Graph graph = shapes.getGraph();
        Graph restGraph = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(restGraph::add);
        List<Taken> taken = new ArrayList<>();
        for (Shape shape : shapes.getTargetShapes()) {
            // A shape another refers to (sh:node, sh:and …) is checked there too, on nodes it does not target.
            boolean referred = graph.find(Node.ANY, Node.ANY, shape.getShapeNode()).hasNext();
            if (!shape.isNodeShape() || !targetsClassesOnly(shape) || referred) {
                continue;
            }
            for (Triple t : graph.find(shape.getShapeNode(), SHACL.sparql, Node.ANY).toList()) {
                Constraint c = SparqlConstraints.parseSparqlConstraint(graph, shape.getShapeNode(), SHACL.sparql, t.getObject());
                if (c instanceof SparqlConstraint sparql && wholeGraph(sparql)) {
                    taken.add(new Taken(shape, sparql.getQuery(), sparql.getMessage()));
                    restGraph.delete(t);
                }
            }
        }
        return new WholeGraphSparql(List.copyOf(taken), taken.isEmpty() ? shapes : Shapes.parse(restGraph));
    }

    /** The shapes without the constraints taken out (all of them when none was). */
    Shapes rest() {
        return rest;
    }

    /** How many constraints are checked whole-graph. */
    int size() {
        return taken.size();
    }

    /**
     * The violations of the constraints taken out, in {@code data}: one per row whose {@code $this} the
     * constraint's shape targets ({@code targets} tells whether a shape targets a node).
     */
    List<Violation> violations(Graph data, BiPredicate<Shape, Node> targets) {
        List<Violation> found = new ArrayList<>();
        for (Taken t : taken) {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(DatasetGraphFactory.wrap(data))).query(t.query()).build()) {
                ResultSet rows = qe.execSelect();
                while (rows.hasNext()) {
                    Binding row = rows.nextBinding();
                    Node focus = row.get(THIS);
                    if (focus != null && targets.test(t.shape(), focus)) {
                        found.add(new Violation(focus, t.message(), focus));
                    }
                }
            }
        }
        return found;
    }

    /** A violation as Jena reports a SPARQL constraint's: its focus node, message and value (no path). */
    record Violation(Node focus, String message, Node value) {
    }

    private static boolean targetsClassesOnly(Shape shape) {
        return !shape.getTargets().isEmpty() && shape.getTargets().stream().allMatch(target ->
                target.getTargetType() == TargetType.targetClass || target.getTargetType() == TargetType.implicitClass);
    }

    /** Whether a constraint's rows are the same whether {@code $this} is bound before the query or read from its rows. */
    private static boolean wholeGraph(SparqlConstraint c) {
        Query q = c.getQuery();
        String text = q.toString().toUpperCase(Locale.ROOT);
        // Jena binds $currentShape and $shapesGraph too: a query naming them is left to Jena.
        return q.isSelectType() && !q.hasAggregators() && !q.hasGroupBy() && !q.hasLimit() && !q.hasOffset()
                && !q.hasValues() && !q.hasHaving() && text.indexOf("SELECT") == text.lastIndexOf("SELECT")
                && !text.contains("CURRENTSHAPE") && !text.contains("SHAPESGRAPH")
                && q.getProjectVars().contains(THIS) && c.getMessage() != null && !c.getMessage().matches("(?s).*\\{[$?].*");
    }
}
