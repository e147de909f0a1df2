package org.quanze.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.ResourceFactory;
import org.junit.jupiter.api.Test;

/** Values read by value, not by how an engine writes them. */
class RowTest {

    private static Row row(String lexical, XSDDatatype type) {
        return new Row(Map.of("b", type == null ? ResourceFactory.createStringLiteral(lexical)
                : ResourceFactory.createTypedLiteral(lexical, type)));
    }

    @Test
    void shouldReadABooleanByValueAsFusekiAndVirtuosoWriteIt() {
        assertThat(row("true", XSDDatatype.XSDboolean).bool("b")).as("Fuseki's true").isTrue();
        assertThat(row("1", XSDDatatype.XSDboolean).bool("b")).as("Virtuoso's true").isTrue();
        assertThat(row("false", XSDDatatype.XSDboolean).bool("b")).isFalse();
        assertThat(row("0", XSDDatatype.XSDboolean).bool("b")).as("Virtuoso's false").isFalse();
        assertThat(row("yes", XSDDatatype.XSDboolean).bool("b")).as("not a boolean").isFalse();
        assertThat(row("true", null).bool("b")).isTrue();
        assertThat(row("1", null).bool("b")).as("a plain 1 is a number, not a boolean").isFalse();
        assertThat(new Row(Map.of()).bool("b")).as("unbound").isFalse();
    }
}
