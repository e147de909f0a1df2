package org.quanze.web.impact;

import org.apache.jena.irix.IRIs;

/** Request parameters as the impact pages use them. */
final class Params {

    /** What a malformed IRI filters on: nothing has it, so nothing matches. */
    static final String NO_SUCH_VALUE = "urn:quanze:no-such-value";

    private Params() {
    }

    /** A blank value as null. */
    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** An IRI filter: null when blank, the IRI when well formed, a value that matches nothing otherwise. */
    static String iri(String value) {
        String v = text(value);
        if (v == null) {
            return null;
        }
        try {
            return IRIs.checkEx(v);
        } catch (RuntimeException e) {
            return NO_SUCH_VALUE;
        }
    }
}
