package org.quanze.ingest;

import java.util.regex.Pattern;

/**
 * White space as the lists and the law texts lay it out: ASCII white space and the ideographic space
 * U+3000 of Chinese typesetting. One definition, so that every reader that drops or skips it agrees
 * (a reader that takes more, such as no-break or zero-width spaces, says so where it does).
 */
public final class WhiteSpace {

    /** One white-space character, as a regular-expression class. */
    public static final String CHAR = "[\\s\\u3000]";
    /** One white-space character or a no-break space (U+00A0), as text copied from a web page or a sheet has it. */
    public static final String CHAR_OR_NO_BREAK = "[\\s\\u00A0\\u3000]";

    private static final Pattern RUN = Pattern.compile(CHAR + "+");
    private static final Pattern ENDS = Pattern.compile("^" + CHAR + "+|" + CHAR + "+$");

    private WhiteSpace() {
    }

    /** The text without any white space: line breaks and spaces of any width do not change what it says. */
    public static String removeAll(String text) {
        return RUN.matcher(text).replaceAll("");
    }

    /** The text without white space at its start and end. */
    public static String strip(String text) {
        return ENDS.matcher(text).replaceAll("");
    }
}
