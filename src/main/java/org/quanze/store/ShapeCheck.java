package org.quanze.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;

/** Validates a graph against the shapes and words each violation for a person. */
public final class ShapeCheck {

    private final Shapes shapes;

    public ShapeCheck(Shapes shapes) {
        this.shapes = shapes;
    }

    /** The violations, empty when the graph conforms. */
    public List<String> violations(Graph graph) {
        ValidationReport report = ShaclValidator.get().validate(shapes, graph);
        List<String> violations = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            violations.add(describe(e));
        }
        return violations;
    }

    private static String describe(ReportEntry e) {
        StringBuilder sb = new StringBuilder();
        sb.append(text(e.focusNode()));
        if (e.resultPath() != null) {
            sb.append(" ").append(e.resultPath());
        }
        sb.append(": ").append(e.message());
        if (e.value() != null) {
            sb.append(" (value ").append(text(e.value())).append(")");
        }
        return sb.toString();
    }

    private static String text(Node n) {
        return n.isURI() ? "<" + n.getURI() + ">" : n.toString();
    }
}
