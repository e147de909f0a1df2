package org.quanze.ingest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one rule by which a kind, a role or a mode is written outside Java: the name of its enum
 * constant in lower case, words joined by hyphens ({@code POWER_BASIS} ↔ {@code power-basis}). The
 * codes are what the graph, the reports, the CLI and the IRIs carry, so each enum states no code of
 * its own that could drift from its name.
 */
public final class Codes {

    private Codes() {
    }

    /** The code of a constant: {@code DANGLING_REFERENCE} → {@code dangling-reference}. */
    public static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The constant of a {@link Coded} enum that a query's value names ({@link Coded#isNamedBy}): how the
     * readers of rows are told the enums; null when none does, or when the type is no such enum.
     */
    public static Object named(Class<?> type, String value) {
        if (type.isEnum() && Coded.class.isAssignableFrom(type)) {
            for (Object k : type.getEnumConstants()) {
                if (((Coded) k).isNamedBy(value)) {
                    return k;
                }
            }
        }
        return null;
    }

    /** The constant of that code, if the enum has one (an unknown code, or null, is none). */
    public static <E extends Enum<E>> Optional<E> find(Class<E> type, String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(type.cast(BY_CODE.get(type).get(code)));
    }

    /**
     * Each enum's constants by code, made once: the search reads the role of every citation it finds from its IRI,
     * and writing each constant's code anew for every one of them was a tenth of reading the kinds of 1,600 hits.
     */
    private static final ClassValue<Map<String, Object>> BY_CODE = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Map<String, Object> byCode = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                byCode.putIfAbsent(of((Enum<?>) constant), constant);
            }
            return Map.copyOf(byCode);
        }
    };
}
