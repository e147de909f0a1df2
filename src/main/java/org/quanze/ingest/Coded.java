package org.quanze.ingest;

/**
 * A kind, a role or a mode written outside Java by its code ({@link Codes}): an enum implements this
 * instead of writing its own {@code code()}, so that every such enum reads and writes its codes by
 * the one rule; {@link Codes#find} is the lookup back.
 */
public interface Coded {

    /** {@code POWER_BASIS} → {@code power-basis}. */
    default String code() {
        return Codes.of((Enum<?>) this);
    }

    /**
     * Whether a query's value (an IRI or a lexical form) names this constant: its code, unless the enum
     * is also named otherwise ({@code CitationRole}: by the class of the entry a citation backs).
     */
    default boolean isNamedBy(String value) {
        return code().equals(value);
    }
}
