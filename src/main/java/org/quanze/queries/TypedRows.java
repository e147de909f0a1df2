package org.quanze.queries;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;

/**
 * Reads the rows of a query into the record that {@link Fills} it, by name: each component takes the
 * variable of its name, converted to its type as {@link Row} does ({@code String}: the IRI or the
 * lexical form; {@code Integer}, {@code Double}, {@code LocalDate}: null when unbound or not of that
 * kind; {@code long}, {@code int}: 0 when unbound; {@code boolean}: whether the value is {@code true};
 * {@code RDFNode}: the term itself, for a value that may be an IRI or a literal; an enum: the constant
 * the caller's {@link Constants} says the value names, null when unbound, an error naming the component
 * when it names none). A component whose variable the query does not project is an error naming both,
 * at the first row.
 */
public final class TypedRows {

    private static final Map<Class<?>, Reader<?>> READERS = new ConcurrentHashMap<>();

    private TypedRows() {
    }

    /**
     * How the enums of the caller's layer are named in rows (by their codes, say): the constant of that
     * enum type the value names, or null when it names none. This package knows no enum of the others.
     */
    @FunctionalInterface
    public interface Constants {
        Constants NONE = (type, value) -> null;

        Object named(Class<?> enumType, String value);
    }

    /** Every row of a result, as records of that type; {@code query} names the file in an error. */
    public static <R extends Record> List<R> read(String query, ResultSet rs, Class<R> type) {
        return read(query, rs, type, Constants.NONE);
    }

    /** Every row of a result, as records of that type, its enums read as {@code constants} names them. */
    public static <R extends Record> List<R> read(String query, ResultSet rs, Class<R> type, Constants constants) {
        Reader<R> reader = reader(type);
        reader.check(query, rs.getResultVars());
        List<R> rows = new ArrayList<>();
        for (Row r : Row.all(rs)) {
            rows.add(reader.read(r, constants));
        }
        return rows;
    }

    /** The names of the variables a record reads: its components, and those of its parts, in order. */
    public static List<String> variables(Class<? extends Record> type) {
        return reader(type).variables();
    }

    /** Whether a component of this type is a named part (a record read from the same row). */
    public static boolean isPart(Class<?> type) {
        return type.isRecord();
    }

    @SuppressWarnings("unchecked")
    private static <R extends Record> Reader<R> reader(Class<R> type) {
        return (Reader<R>) READERS.computeIfAbsent(type, t -> new Reader<>((Class<R>) t));
    }

    private static final class Reader<R extends Record> {

        private static final Set<Class<?>> VALUES = Set.of(String.class, Integer.class, long.class, int.class,
                Double.class, java.time.LocalDate.class, boolean.class, RDFNode.class);

        private final Class<R> type;
        private final RecordComponent[] components;
        private final Constructor<R> constructor;

        Reader(Class<R> type) {
            this.type = type;
            this.components = type.getRecordComponents();
            try {
                this.constructor = type.getDeclaredConstructor(Stream.of(components).map(RecordComponent::getType)
                        .toArray(Class<?>[]::new));
                constructor.setAccessible(true);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type.getName() + " has no canonical constructor", e);
            }
            for (RecordComponent c : components) {
                if (!isPart(c.getType()) && !VALUES.contains(c.getType()) && !c.getType().isEnum()) {
                    throw new IllegalStateException(type.getSimpleName() + "." + c.getName() + ": a row cannot fill a "
                            + c.getType().getSimpleName() + " (String, Integer, long, int, Double, LocalDate, boolean,"
                            + " RDFNode, an enum or a record)");
                }
            }
        }

        List<String> variables() {
            List<String> vars = new ArrayList<>();
            for (RecordComponent c : components) {
                if (isPart(c.getType())) {
                    vars.addAll(reader(c.getType().asSubclass(Record.class)).variables());
                } else {
                    vars.add(c.getName());
                }
            }
            return vars;
        }

        void check(String query, List<String> projected) {
            for (String v : variables()) {
                if (!projected.contains(v)) {
                    throw new IllegalStateException(type.getSimpleName() + " reads ?" + v + ", which " + query
                            + " does not project (it projects " + projected + ")");
                }
            }
        }

        R read(Row r, Constants constants) {
            Object[] args = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                args[i] = value(r, components[i], constants);
            }
            try {
                return constructor.newInstance(args);
            } catch (InstantiationException | IllegalAccessException e) {
                throw new IllegalStateException(e);
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
            }
        }

        private static Object value(Row r, RecordComponent c, Constants constants) {
            String v = c.getName();
            Class<?> t = c.getType();
            if (isPart(t)) {
                return reader(t.asSubclass(Record.class)).read(r, constants);
            }
            if (t.isEnum()) {
                return constant(r.text(v), c, constants);
            }
            if (t == RDFNode.class) {
                return r.values().get(v);
            }
            if (t == String.class) {
                return r.text(v);
            }
            if (t == Integer.class) {
                return r.integer(v);
            }
            if (t == long.class) {
                return r.count(v);
            }
            if (t == int.class) {
                Integer i = r.integer(v);
                return i == null ? 0 : i;
            }
            if (t == Double.class) {
                return r.decimal(v);
            }
            if (t == java.time.LocalDate.class) {
                return r.date(v);
            }
            return r.bool(v);
        }

        private static Object constant(String value, RecordComponent c, Constants constants) {
            if (value == null) {
                return null;
            }
            Object k = constants.named(c.getType(), value);
            if (k == null) {
                throw new IllegalStateException(c.getDeclaringRecord().getSimpleName() + "." + c.getName() + ": ?"
                        + c.getName() + " is " + value + ", which names no " + c.getType().getSimpleName());
            }
            return k;
        }
    }
}
