package org.quanze.queries;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;

/**
 * A query from {@code queries/}: its name (the file name), the header that documents it (title and
 * description in Chinese and English), its
 * parameters, and the query itself. Parameters are bound as RDF terms in a {@code VALUES} block
 * put first in the query's pattern (standard SPARQL, so the bound query runs on any store), never
 * by pasting text into the query.
 */
public record NamedQuery(String name, String titleZh, String titleEn, String description, String descriptionZh,
                         List<Parameter> parameters, String example, String text, Query query) {

    public NamedQuery {
        parameters = List.copyOf(parameters);
    }

    public Optional<Parameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * The query with the given values bound: each value is turned into a term of its parameter's
     * type; parameters without a value keep their default, or stay unbound when optional.
     *
     * @throws IllegalArgumentException for an unknown parameter, a missing required one, or a value
     *                                  that is not of the parameter's type
     */
    public Query bind(Map<String, String> values) {
        for (String given : values.keySet()) {
            if (parameter(given).isEmpty()) {
                throw new IllegalArgumentException("query " + name + " has no parameter " + given
                        + (parameters.isEmpty() ? "" : "; its parameters: " + parameters.stream().map(Parameter::name).toList()));
            }
        }
        Map<String, Node> binding = new java.util.HashMap<>();
        for (Parameter p : parameters) {
            String value = values.getOrDefault(p.name(), p.defaultValue());
            if (value == null) {
                if (p.required()) {
                    throw new IllegalArgumentException("query " + name + " needs --param " + p.name() + "=… (" + p.description() + ")");
                }
                continue;
            }
            binding.put(p.name(), p.type().term(p.name(), value));
        }
        return Bindings.bind(query, binding);
    }
}
