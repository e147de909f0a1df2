package org.quanze.law;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into the units a diff of Chinese legal text should compare. Chinese has no word
 * spaces, so each Han character is a token; a run of other letters or digits (2024, ICP) is one
 * token, so that 10日 → 10个工作日 shows 个工作 inserted and not digits shuffled; every punctuation
 * mark is a token of its own, and so is a run of spaces.
 */
public final class DiffTokens {

    private DiffTokens() {
    }

    public static List<String> of(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int end = end(text, i);
            tokens.add(text.substring(i, end));
            i = end;
        }
        return tokens;
    }

    private static int end(String text, int start) {
        int first = text.codePointAt(start);
        int end = start + Character.charCount(first);
        if (isHan(first) || !(isRunChar(first) || Character.isWhitespace(first))) {
            return end;
        }
        boolean space = Character.isWhitespace(first);
        while (end < text.length()) {
            int cp = text.codePointAt(end);
            if (space ? !Character.isWhitespace(cp) : !isRunChar(cp)) {
                break;
            }
            end += Character.charCount(cp);
        }
        return end;
    }

    private static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** Letters and digits of any script but Han, full-width ones included. */
    private static boolean isRunChar(int cp) {
        return Character.isLetterOrDigit(cp) && !isHan(cp);
    }
}
