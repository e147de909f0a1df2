package org.quanze.web;

import org.quanze.ingest.WhiteSpace;

/** Text comparisons that ignore how a text is laid out, not what it says. */
public final class Texts {

    private Texts() {
    }

    /** The text without white space of any width: line breaks and spaces do not change a quote. */
    public static String compact(String text) {
        return text == null ? null : WhiteSpace.removeAll(text);
    }
}
