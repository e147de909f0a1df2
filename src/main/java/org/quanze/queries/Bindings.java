package org.quanze.queries;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementUnion;

/**
 * Binds values to the variables of a parsed query as RDF terms, in a {@code VALUES} block put
 * first in its pattern: standard SPARQL (so the bound query runs on any store), and no text of a
 * value ever becomes query text. The same rows go first into every subquery that keeps the bound
 * variable as it is (see {@link #pushInto}): a subquery is evaluated on its own before it is joined,
 * so a page query counting one document's citations in a subquery otherwise counted every
 * document's first.
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
        return bindRows(query, List.of(var), values.stream().map(List::of).toList());
    }

    /**
     * Binds several variables together, one row of {@code VALUES} per row given (its values in the order of
     * {@code vars}; a null leaves that variable undefined in that row).
     */
    public static Query bindRows(Query query, List<String> vars, List<List<Node>> rows) {
        Query bound = query.cloneQuery();
        List<Var> vs = vars.stream().map(Var::alloc).toList();
        List<Binding> bindings = new ArrayList<>();
        for (List<Node> row : rows) {
            if (row.size() != vs.size()) {
                throw new IllegalArgumentException("a row of " + row.size() + " values for " + vs.size() + " variables");
            }
            BindingBuilder b = BindingFactory.builder();
            for (int i = 0; i < vs.size(); i++) {
                if (row.get(i) != null) {
                    b.add(vs.get(i), row.get(i));
                }
            }
            bindings.add(b.build());
        }
        return first(bound, new ElementData(vs, bindings));
    }

    /** The query with the {@code VALUES} block put first in its pattern, on the same level as the rest. */
    private static Query first(Query bound, ElementData values) {
        Element pattern = bound.getQueryPattern();
        if (pattern instanceof ElementGroup top) {
            ElementData definite = definite(values);
            for (Element e : top.getElements()) {
                if (e instanceof ElementOptional optional) {
                    // The left side of an OPTIONAL of the top group includes the VALUES block put first in that
                    // group: every row it extends has the variables the block binds in all its rows, so a row of the
                    // optional part with other values extends none — cutting them first changes no answer.
                    if (!definite.getVars().isEmpty()) {
                        pushInto(optional.getOptionalElement(), definite);
                    }
                } else {
                    pushInto(e, values);
                }
            }
        } else if (pattern != null) {
            pushInto(pattern, values);
        }
        bound.setQueryPattern(withFirst(values, pattern));
        return bound;
    }

    /** The block on the variables it binds in every row (not UNDEF in any). */
    private static ElementData definite(ElementData values) {
        List<Var> bound = values.getVars().stream()
                .filter(v -> values.getRows().stream().allMatch(r -> r.contains(v))).toList();
        return cut(values, bound);
    }

    private static ElementGroup withFirst(ElementData values, Element pattern) {
        ElementGroup group = new ElementGroup();
        group.addElement(values);
        if (pattern instanceof ElementGroup original) {
            original.getElements().forEach(group::addElement);
        } else if (pattern != null) {
            group.addElement(pattern);
        }
        return group;
    }

    /**
     * Puts the rows of {@code values}, cut to the variables a subquery keeps, first in each subquery met through
     * groups, unions and GRAPH blocks — the parts of the pattern joined with the {@code VALUES} block — when the
     * subquery keeps those variables as they are: projected plainly, a key of its grouping if it groups, and no
     * LIMIT or OFFSET (a limit applied after the rows are cut keeps other rows). Joining the rows first inside
     * changes no answer: a row of the subquery incompatible with every row of the block is dropped by the outer
     * join anyway. Never into OPTIONAL (but see {@link #first}), MINUS or a filter, whose rows are not joined with the
     * block's.
     */
    static void pushInto(Element element, ElementData values) {
        if (element instanceof ElementGroup group) {
            group.getElements().forEach(e -> pushInto(e, values));
        } else if (element instanceof ElementUnion union) {
            union.getElements().forEach(e -> pushInto(e, values));
        } else if (element instanceof ElementNamedGraph graph) {
            pushInto(graph.getElement(), values);
        } else if (element instanceof ElementSubQuery sub) {
            Query inner = sub.getQuery();
            List<Var> kept = values.getVars().stream().filter(v -> keeps(inner, v)).toList();
            if (!kept.isEmpty() && !inner.hasLimit() && !inner.hasOffset()) {
                ElementData cut = cut(values, kept);
                pushInto(inner.getQueryPattern(), cut);
                inner.setQueryPattern(withFirst(cut, inner.getQueryPattern()));
            }
        }
    }

    private static boolean keeps(Query inner, Var v) {
        boolean plain = inner.getProject().getVars().contains(v) && !inner.getProject().hasExpr(v);
        boolean grouped = inner.hasGroupBy() || inner.hasAggregators();
        return plain && (!grouped || (inner.hasGroupBy() && inner.getGroupBy().getVars().contains(v)
                && !inner.getGroupBy().hasExpr(v)));
    }

    /** The rows of the block on the variables {@code kept} only, each distinct row once. */
    private static ElementData cut(ElementData values, List<Var> kept) {
        ElementData cut = new ElementData(kept, new ArrayList<>());
        Set<Binding> seen = new LinkedHashSet<>();
        for (Binding row : values.getRows()) {
            BindingBuilder b = BindingFactory.builder();
            kept.stream().filter(row::contains).forEach(v -> b.add(v, row.get(v)));
            seen.add(b.build());
        }
        seen.forEach(cut::add);
        return cut;
    }
}
