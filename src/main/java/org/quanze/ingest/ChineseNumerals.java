package org.quanze.ingest;

import java.util.OptionalInt;

/** Chinese numerals as legal texts write them: 一 … 九十九 … 一百二十三, 〇/零 inside. */
public final class ChineseNumerals {

    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** Parses 四十五, 十, 一百零三; Arabic digits are accepted too (lists write both). */
    public static OptionalInt parse(String text) {
        if (text == null || text.isEmpty()) {
            return OptionalInt.empty();
        }
        if (text.chars().allMatch(Character::isDigit)) {
            // A number of ten digits or more is no article or item a list cites (and no int).
            return text.length() > 9 ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(text));
        }
        int total = 0;
        int current = 0;
        for (char c : text.toCharArray()) {
            int digit = digit(c);
            if (digit >= 0) {
                current = digit;
            } else if (c == '十') {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else if (c == '百') {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
            } else if (c == '千') {
                total += (current == 0 ? 1 : current) * 1000;
                current = 0;
            } else {
                return OptionalInt.empty();
            }
        }
        return OptionalInt.of(total + current);
    }

    /** The inverse of {@link #parse}: 45 → 四十五, 10 → 十, 103 → 一百零三. */
    public static String format(int n) {
        if (n <= 0 || n >= 10000) {
            throw new IllegalArgumentException("out of range: " + n);
        }
        StringBuilder sb = new StringBuilder();
        int[] units = {1000, 100, 10};
        String[] names = {"千", "百", "十"};
        boolean pendingZero = false;
        int rest = n;
        for (int i = 0; i < units.length; i++) {
            int d = rest / units[i];
            rest %= units[i];
            if (d > 0) {
                if (pendingZero) {
                    sb.append('零');
                    pendingZero = false;
                }
                // 十 alone at the start (十五, not 一十五), as the law texts write it.
                if (!(units[i] == 10 && d == 1 && sb.length() == 0)) {
                    sb.append(DIGITS.charAt(d));
                }
                sb.append(names[i]);
            } else if (sb.length() > 0) {
                pendingZero = true;
            }
        }
        if (rest > 0) {
            if (pendingZero) {
                sb.append('零');
            }
            sb.append(DIGITS.charAt(rest));
        }
        return sb.toString();
    }

    private static int digit(char c) {
        if (c == '零') {
            return 0;
        }
        if (c == '两') {
            return 2;
        }
        return DIGITS.indexOf(c);
    }
}
