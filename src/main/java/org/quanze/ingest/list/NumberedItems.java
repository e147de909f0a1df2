package org.quanze.ingest.list;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a cell into the numbered items that start its lines. Duties and cases are numbered
 * 1, 2, 3 … (a line that starts with any other number is part of the item above); basis cells
 * are numbered {@code k.} or {@code k-m.} in front of a citation or a {@code 同N}.
 */
final class NumberedItems {

    /** An item: its label as written, k and m, the text after the number, and its first line (0-based in the cell). */
    record Item(String label, int number, Integer sub, String text, String raw, int lineInCell) {
    }

    /** The text before the first item, and the items. */
    record Split(String preamble, List<Item> items) {
    }

    private static final Pattern SEQUENTIAL = Pattern.compile("^[ \\t\\u3000]*(\\d{1,9})[ \\u3000]*[.．、][ \\u3000]*");
    private static final Pattern BASIS = Pattern.compile(
            "^[ \\t\\u3000]*(\\d{1,9})(?:[ \\u3000]*[-－—–][ \\u3000]*(\\d{1,9}))?[ \\u3000]*[.．、][ \\u3000]*(?=[【《同\\[])");

    private NumberedItems() {
    }

    static Split sequential(String cell) {
        return split(cell, SEQUENTIAL, true);
    }

    static Split basis(String cell) {
        return split(cell, BASIS, false);
    }

    private static Split split(String cell, Pattern pattern, boolean strictSequence) {
        String[] lines = cell.split("\n", -1);
        List<int[]> starts = new ArrayList<>();
        List<Matcher> matches = new ArrayList<>();
        int expected = 1;
        for (int i = 0; i < lines.length; i++) {
            Matcher m = pattern.matcher(ascii(lines[i]));
            if (m.find()) {
                int number = Integer.parseInt(m.group(1));
                if (strictSequence && number != expected) {
                    continue;
                }
                expected = number + 1;
                starts.add(new int[] {i, m.end()});
                matches.add(m);
            }
        }
        String preamble = join(lines, 0, starts.isEmpty() ? lines.length : starts.get(0)[0]).strip();
        List<Item> items = new ArrayList<>();
        for (int s = 0; s < starts.size(); s++) {
            int first = starts.get(s)[0];
            int end = s + 1 < starts.size() ? starts.get(s + 1)[0] : lines.length;
            String raw = join(lines, first, end).strip();
            String body = join(lines, first, end).substring(starts.get(s)[1]).strip();
            Matcher m = matches.get(s);
            Integer sub = m.groupCount() >= 2 && m.group(2) != null ? Integer.valueOf(m.group(2)) : null;
            String label = sub == null ? m.group(1) : m.group(1) + "-" + sub;
            items.add(new Item(label, Integer.parseInt(m.group(1)), sub, body, raw, first));
        }
        return new Split(preamble, items);
    }

    /** Full-width digits and dashes as ASCII, only for matching: the same length, so offsets hold. */
    private static String ascii(String line) {
        StringBuilder sb = new StringBuilder(line.length());
        for (char c : line.toCharArray()) {
            if (c >= '０' && c <= '９') {
                sb.append((char) ('0' + (c - '０')));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String join(String[] lines, int from, int to) {
        return String.join("\n", Arrays.asList(lines).subList(from, to));
    }
}
