package org.quanze.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.shacl.engine.TargetType;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.ValidationProc;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Validates a graph against the shapes and words each violation for a person: the whole graph,
 * or only some candidate focus nodes (those a write can have changed, see {@link ChangeScope}).
 */
public final class ShapeCheck {

    private final Shapes shapes;
    private final WholeGraphSparql sparql;
    private final boolean local;
    private final String fingerprint;

    public ShapeCheck(Shapes shapes) {
        this.shapes = shapes;
        this.sparql = WholeGraphSparql.of(shapes);
        this.local = ShapeLocality.isLocal(shapes);
        this.fingerprint = fingerprint(shapes.getGraph());
    }

    /**
     * The violations, empty when the graph conforms: Jena's validation of the shapes, but for the SPARQL
     * constraints it would run once per focus node, each run once over the whole graph ({@link WholeGraphSparql}).
     */
    public List<String> violations(Graph graph) {
        List<String> violations = describe(ShaclValidator.get().validate(sparql.rest(), graph));
        if (sparql.size() > 0) {
            Targets targets = new Targets(graph);
            for (WholeGraphSparql.Violation v : sparql.violations(graph, (shape, node) -> targets.shapesOf(node).contains(shape))) {
                violations.add(describe(v.focus(), null, v.message(), v.value()));
            }
        }
        return violations;
    }

    /**
     * The violations of the shapes that target any of the {@code candidates}, checked in
     * {@code data}: what a full validation would report about these nodes.
     */
    public List<String> violations(Graph data, Collection<Node> candidates) {
        ValidationContext context = ValidationContext.create(shapes, data);
        Targets targets = new Targets(data);
        for (Node node : candidates) {
            for (Shape shape : targets.shapesOf(node)) {
                ValidationProc.execValidateShape(context, data, shape, node);
            }
        }
        return describe(context.generateReport());
    }

    /**
     * Whether a focus node's conformance depends only on triples that have the node, or a node
     * next to it, as subject or object, and on the types of its neighbours: then a write can
     * only change the conformance of the nodes {@link ChangeScope} names.
     */
    public boolean isLocal() {
        return local;
    }

    /** The nodes every shape with {@code sh:targetNode} names: they are always checked. */
    public Set<Node> namedFocusNodes() {
        Set<Node> nodes = new HashSet<>();
        for (Shape shape : shapes.getTargetShapes()) {
            for (Target t : shape.getTargets()) {
                if (t.getTargetType() == TargetType.targetNode) {
                    nodes.add(t.getObject());
                }
            }
        }
        return nodes;
    }

    /** A digest of the shapes (blank node labels left out): tells whether the store was checked against these. */
    public String fingerprint() {
        return fingerprint;
    }

    static List<String> describe(ValidationReport report) {
        List<String> violations = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            violations.add(describe(e));
        }
        return violations;
    }

    private static String describe(ReportEntry e) {
        return describe(e.focusNode(), e.resultPath(), e.message(), e.value());
    }

    private static String describe(Node focus, Object path, String message, Node value) {
        StringBuilder sb = new StringBuilder();
        sb.append(text(focus));
        if (path != null) {
            sb.append(" ").append(path);
        }
        sb.append(": ").append(message);
        if (value != null) {
            sb.append(" (value ").append(text(value)).append(")");
        }
        return sb.toString();
    }

    private static String text(Node n) {
        return n.isURI() ? "<" + n.getURI() + ">" : n.toString();
    }

    private static String fingerprint(Graph graph) {
        List<String> lines = new ArrayList<>();
        graph.find().forEachRemaining(t -> lines.add(term(t.getSubject()) + " " + term(t.getPredicate()) + " "
                + term(t.getObject())));
        lines.sort(null);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            lines.forEach(l -> sha.update((l + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String term(Node n) {
        return n.isBlank() ? "_" : n.toString();
    }

    /** Which shapes target a node in one data graph; the superclasses of each type looked up once. */
    private final class Targets {
        private final Graph data;
        private final Map<Node, Set<Node>> superclasses = new HashMap<>();

        Targets(Graph data) {
            this.data = data;
        }

        Set<Shape> shapesOf(Node node) {
            Set<Node> classes = new HashSet<>();
            data.find(node, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> classes.addAll(closure(t.getObject())));
            Set<Shape> targeting = new LinkedHashSet<>();
            for (Shape shape : shapes.getTargetShapes()) {
                for (Target target : shape.getTargets()) {
                    if (targets(target, node, classes)) {
                        targeting.add(shape);
                        break;
                    }
                }
            }
            return targeting;
        }

        private boolean targets(Target target, Node node, Set<Node> classes) {
            return switch (target.getTargetType()) {
                case targetClass, implicitClass -> classes.contains(target.getObject());
                case targetNode -> target.getObject().equals(node);
                case targetSubjectsOf -> data.contains(node, target.getObject(), Node.ANY);
                case targetObjectsOf -> data.contains(Node.ANY, target.getObject(), node);
                default -> org.apache.jena.shacl.validation.VLib.isFocusNode(target, node, data);
            };
        }

        private Set<Node> closure(Node type) {
            return superclasses.computeIfAbsent(type, t -> {
                Set<Node> all = new HashSet<>();
                List<Node> todo = new ArrayList<>(List.of(t));
                while (!todo.isEmpty()) {
                    Node c = todo.remove(todo.size() - 1);
                    if (all.add(c)) {
                        data.find(c, RDFS.subClassOf.asNode(), Node.ANY).forEachRemaining(s -> todo.add(s.getObject()));
                    }
                }
                return all;
            });
        }
    }
}
