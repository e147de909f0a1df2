package org.quanze.revise;

import java.util.HashMap;
import java.util.Map;
import org.quanze.law.Normalised;

/**
 * How alike two passages of statute are, for choosing the paragraph of a new article that carries a
 * paragraph the list cited: the Dice coefficient of their character pairs, white space and
 * punctuation set aside (they are layout here, as in the quote check), by the correspondence's own
 * {@link Normalised#comparable} form.
 */
final class Likeness {

    private Likeness() {
    }

    /** The words only: width folded, no white space, punctuation or item numbers. */
    static String words(String text) {
        return text == null ? "" : Normalised.comparable(text);
    }

    static boolean same(String a, String b) {
        return words(a).equals(words(b));
    }

    static double of(String a, String b) {
        Map<String, Integer> pairs = pairs(words(a));
        Map<String, Integer> other = pairs(words(b));
        int total = pairs.values().stream().mapToInt(Integer::intValue).sum()
                + other.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return 0;
        }
        int shared = 0;
        for (Map.Entry<String, Integer> e : pairs.entrySet()) {
            shared += Math.min(e.getValue(), other.getOrDefault(e.getKey(), 0));
        }
        return 2.0 * shared / total;
    }

    private static Map<String, Integer> pairs(String text) {
        Map<String, Integer> pairs = new HashMap<>();
        for (int i = 0; i + 2 <= text.length(); i++) {
            pairs.merge(text.substring(i, i + 2), 1, Integer::sum);
        }
        return pairs;
    }
}
