package org.quanze.queries;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record as the row of the named query files of the {@link QueryCatalogue} (of
 * {@code web/queries/} or {@code queries-internal/}): its components are named as the variables
 * the query projects, one for one (a component that is itself a record is a named part, whose own
 * components are read from the same row). {@code ReadModelTest} checks every such pair, so that a
 * renamed variable fails the build naming the file and the variable.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Fills {

    /** The names of the query files (without {@code .rq}) whose rows this record is. */
    String[] value();
}
