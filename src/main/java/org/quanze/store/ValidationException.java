package org.quanze.store;

import java.util.List;

/** A write refused because the store would no longer conform to the shapes; lists the violations. */
public class ValidationException extends RuntimeException {

    private final transient List<String> violations;

    public ValidationException(List<String> violations) {
        super("the data does not conform to ontology/shapes.ttl (" + violations.size() + " violation"
                + (violations.size() == 1 ? "" : "s") + "); nothing was written:\n  " + String.join("\n  ",
                violations.subList(0, Math.min(20, violations.size())))
                + (violations.size() > 20 ? "\n  …" : ""));
        this.violations = List.copyOf(violations);
    }

    public List<String> violations() {
        return violations;
    }
}
