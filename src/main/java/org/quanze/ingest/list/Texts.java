package org.quanze.ingest.list;

/** Where things stand in the text of a cell: blanks, line starts, sentence ends. */
final class Texts {

    static final String SENTENCE_END = "。；;.!！？?";

    private Texts() {
    }

    static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0';
    }

    /** Blanks that do not end a line. */
    static boolean isSpace(char c) {
        return c != '\n' && c != '\r' && isBlank(c);
    }

    static int skipBlank(String text, int i) {
        while (i < text.length() && isBlank(text.charAt(i))) {
            i++;
        }
        return i;
    }

    static int skipSpace(String text, int i) {
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Only spaces stand between the start of the line (or text) and {@code i}. */
    static boolean atLineStart(String text, int i) {
        int p = i - 1;
        while (p >= 0 && isSpace(text.charAt(p))) {
            p--;
        }
        return p < 0 || text.charAt(p) == '\n';
    }

    /** At the start, after a blank, or after the end of a sentence. */
    static boolean followsSentence(String text, int i) {
        int p = i - 1;
        while (p >= 0 && isBlank(text.charAt(p))) {
            p--;
        }
        return p < 0 || p < i - 1 || SENTENCE_END.indexOf(text.charAt(p)) >= 0;
    }

    static int lineEnd(String text, int i) {
        int end = text.indexOf('\n', i);
        return end < 0 ? text.length() : end;
    }

    /** The text without any blank: how line-wrapped titles, names and numbers are compared. */
    static String squeeze(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (!isBlank(text.charAt(i))) {
                sb.append(text.charAt(i));
            }
        }
        return sb.toString();
    }
}
