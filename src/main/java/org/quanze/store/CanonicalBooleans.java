package org.quanze.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * The rows of a remote store with every {@code xsd:boolean} in its canonical form: Virtuoso writes
 * true as {@code "1"^^xsd:boolean} and false as {@code "0"^^xsd:boolean}, the same values Fuseki and
 * the embedded store write {@code "true"} and {@code "false"}; read by value, they are the same, and
 * so every page, CSV and comparison sees one spelling whichever engine answered.
 */
final class CanonicalBooleans {

    private static final Node TRUE = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);
    private static final Node FALSE = NodeFactory.createLiteralDT("false", XSDDatatype.XSDboolean);

    private CanonicalBooleans() {
    }

    static ResultSet of(ResultSet rows) {
        List<Var> vars = Var.varList(rows.getResultVars());
        List<Binding> copied = new ArrayList<>();
        RowSet rowSet = RowSet.adapt(rows);
        while (rowSet.hasNext()) {
            Binding b = rowSet.next();
            BindingBuilder builder = Binding.builder();
            b.forEach((v, n) -> builder.add(v, canonical(n)));
            copied.add(builder.build());
        }
        return ResultSet.adapt(RowSetStream.create(vars, copied.iterator()));
    }

    static Node canonical(Node n) {
        if (n.isLiteral() && XSDDatatype.XSDboolean.getURI().equals(n.getLiteralDatatypeURI())) {
            String lexical = n.getLiteralLexicalForm().strip();
            if (lexical.equals("1") || lexical.equals("true")) {
                return TRUE;
            }
            if (lexical.equals("0") || lexical.equals("false")) {
                return FALSE;
            }
        }
        return n;
    }
}
