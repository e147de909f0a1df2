package org.quanze.queries;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;

/**
 * Binds values to the variables of a parsed query as RDF terms, in a {@code VALUES} block put
 * first in its pattern: standard SPARQL (so the bound query runs on any store), and no text of a
 * value ever becomes query text.
 */
public final class Bindings {

    private Bindings() {
    }

    public static Query bind(Query query, Map<String, Node> values) {
        if (values.isEmpty()) {
            return query;
        }
        return bind(query, values.keySet().stream().sorted().toList(), values);
    }

    /**
     * Binds the values given; the other declared variables stay undefined ({@code UNDEF}), so that a
     * query can test {@code BOUND(?filter)} for an optional filter.
     */
    public static Query bind(Query query, List<String> declared, Map<String, Node> values) {
        Query bound = query.cloneQuery();
        BindingBuilder row = BindingFactory.builder();
        List<Var> vars = declared.stream().map(Var::alloc).toList();
        vars.stream().filter(v -> values.get(v.getVarName()) != null).forEach(v -> row.add(v, values.get(v.getVarName())));
        return first(bound, new ElementData(vars, List.of(row.build())));
    }

    /** Binds one variable to each of several values: one row of {@code VALUES} per value. */
    public static Query bindEach(Query query, String var, List<Node> values) {
        Query bound = query.cloneQuery();
        Var v = Var.alloc(var);
        List<org.apache.jena.sparql.engine.binding.Binding> rows = values.stream()
                .map(n -> BindingFactory.binding(v, n)).toList();
        return first(bound, new ElementData(List.of(v), rows));
    }

    /** The query with the {@code VALUES} block put first in its pattern, on the same level as the rest. */
    private static Query first(Query bound, ElementData values) {
        ElementGroup group = new ElementGroup();
        group.addElement(values);
        Element pattern = bound.getQueryPattern();
        if (pattern instanceof ElementGroup original) {
            original.getElements().forEach(group::addElement);
        } else if (pattern != null) {
            group.addElement(pattern);
        }
        bound.setQueryPattern(group);
        return bound;
    }
}
