package org.quanze.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.shacl.engine.TargetType;
import org.apache.jena.shacl.engine.constraint.CardinalityConstraint;
import org.apache.jena.shacl.engine.constraint.ClassConstraint;
import org.apache.jena.shacl.engine.constraint.ConstraintDataTerm;
import org.apache.jena.shacl.engine.constraint.ConstraintTerm;
import org.apache.jena.shacl.engine.constraint.HasValueConstraint;
import org.apache.jena.shacl.engine.constraint.InConstraint;
import org.apache.jena.shacl.engine.constraint.QualifiedValueShape;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.PropertyShape;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.path.P_Alt;
import org.apache.jena.sparql.path.P_Inverse;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * Tells whether shapes are "local": every focus node is judged by the triples that touch it and
 * by the triples whose subject is one of its neighbours (the types of its values, say). Then the
 * nodes a write can affect are the nodes of the triples it adds or removes and the neighbours of
 * the subjects of those triples, and a write can be checked on those nodes alone. Anything this
 * does not recognise (longer paths, nested shapes, SPARQL that reaches further) makes the shapes
 * non-local, and every write is then checked in full.
 */
final class ShapeLocality {

    private ShapeLocality() {
    }

    static boolean isLocal(Shapes shapes) {
        for (Shape shape : shapes.getTargetShapes()) {
            for (Target target : shape.getTargets()) {
                if (target.getTargetType() == TargetType.targetExtension) {
                    return false;
                }
            }
            if (!onFocus(shape)) {
                return false;
            }
        }
        return true;
    }

    /** A shape applied to the focus node: its own constraints and property shapes of one step. */
    private static boolean onFocus(Shape shape) {
        for (Constraint c : shape.getConstraints()) {
            if (!(valueOnly(c) || c instanceof SparqlConstraint s && sparqlLocal(s.getQuery()))) {
                return false;
            }
        }
        for (PropertyShape p : shape.getPropertyShapes()) {
            if (!oneStep(p.getPath()) || !p.getPropertyShapes().isEmpty()) {
                return false;
            }
            for (Constraint c : p.getConstraints()) {
                boolean ok = valueOnly(c) || c instanceof CardinalityConstraint
                        || c instanceof QualifiedValueShape q && !q.qDisjoint() && valueShape(q.getSub())
                        || c instanceof SparqlConstraint s && sparqlLocal(s.getQuery());
                if (!ok) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A constraint that reads the value node itself, or the value's types (sh:class). */
    private static boolean valueOnly(Constraint c) {
        return c instanceof ClassConstraint || c instanceof ConstraintTerm || c instanceof ConstraintDataTerm
                || c instanceof InConstraint || c instanceof HasValueConstraint;
    }

    /** A shape applied to a value: only constraints on the value itself. */
    private static boolean valueShape(Shape shape) {
        return shape.getPropertyShapes().isEmpty() && shape.getConstraints().stream().allMatch(ShapeLocality::valueOnly);
    }

    /** {@code p}, {@code ^p}, or alternatives of those. */
    private static boolean oneStep(Path path) {
        if (path instanceof P_Link) {
            return true;
        }
        if (path instanceof P_Inverse inv) {
            return inv.getSubPath() instanceof P_Link;
        }
        if (path instanceof P_Alt alt) {
            return oneStep(alt.getLeft()) && oneStep(alt.getRight());
        }
        return false;
    }

    /**
     * Every triple pattern of the query (those inside EXISTS too) has {@code $this} as subject or
     * object, or as subject a variable that a pattern with {@code $this} binds; no property paths.
     */
    static boolean sparqlLocal(Query query) {
        List<TriplePath> patterns = new ArrayList<>();
        if (!collect(query.getQueryPattern(), patterns)) {
            return false;
        }
        Node self = org.apache.jena.sparql.core.Var.alloc("this");
        Set<Node> neighbours = new HashSet<>();
        for (TriplePath tp : patterns) {
            if (!tp.isTriple()) {
                return false;
            }
            Triple t = tp.asTriple();
            if (t.getSubject().equals(self)) {
                neighbours.add(t.getObject());
            } else if (t.getObject().equals(self)) {
                neighbours.add(t.getSubject());
            }
        }
        for (TriplePath tp : patterns) {
            Triple t = tp.asTriple();
            boolean touches = t.getSubject().equals(self) || t.getObject().equals(self);
            if (!touches && !neighbours.contains(t.getSubject())) {
                return false;
            }
        }
        return true;
    }

    private static boolean collect(Element element, List<TriplePath> patterns) {
        boolean[] ok = {true};
        ElementWalker.walk(element, new ElementVisitorBase() {
            @Override
            public void visit(ElementPathBlock block) {
                block.patternElts().forEachRemaining(patterns::add);
            }

            @Override
            public void visit(ElementFilter filter) {
                ok[0] &= collect(filter.getExpr(), patterns);
            }

            @Override
            public void visit(org.apache.jena.sparql.syntax.ElementSubQuery sub) {
                ok[0] = false;
            }

            @Override
            public void visit(org.apache.jena.sparql.syntax.ElementNamedGraph graph) {
                ok[0] = false;
            }

            @Override
            public void visit(org.apache.jena.sparql.syntax.ElementService service) {
                ok[0] = false;
            }
        });
        return ok[0];
    }

    /** The patterns inside EXISTS and NOT EXISTS, wherever they stand in a filter expression. */
    private static boolean collect(Expr expr, List<TriplePath> patterns) {
        if (expr instanceof ExprFunctionOp op && op.getElement() != null) {
            return collect(op.getElement(), patterns);
        }
        if (expr instanceof ExprFunction f) {
            for (Expr arg : f.getArgs()) {
                if (!collect(arg, patterns)) {
                    return false;
                }
            }
        }
        return true;
    }
}
