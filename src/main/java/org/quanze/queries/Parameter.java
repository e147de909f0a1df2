package org.quanze.queries;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.irix.IRIException;

/** A parameter of a named query: the variable it binds, its type, whether it is required, its default. */
public record Parameter(String name, Type type, boolean required, String defaultValue, String description) {

    /** The kinds of value a parameter takes; each checks the value and makes the RDF term. */
    public enum Type {
        IRI, STRING, INTEGER, DATE;

        Node term(String parameter, String value) {
            try {
                return switch (this) {
                    case IRI -> NodeFactory.createURI(IRIs.checkEx(value.strip()));
                    case STRING -> NodeFactory.createLiteralString(value);
                    case INTEGER -> NodeFactory.createLiteralDT(Long.toString(Long.parseLong(value.strip())),
                            XSDDatatype.XSDinteger);
                    case DATE -> NodeFactory.createLiteralDT(LocalDate.parse(value.strip()).toString(),
                            XSDDatatype.XSDdate);
                };
            } catch (NumberFormatException | DateTimeParseException | IRIException e) {
                throw new IllegalArgumentException("parameter " + parameter + " takes " + name().toLowerCase(java.util.Locale.ROOT)
                        + " values; \"" + value + "\" is not one");
            }
        }
    }
}
