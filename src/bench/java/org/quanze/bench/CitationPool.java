package org.quanze.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The basis items of the real lists (a citation of a document with its articles, as a list writes
 * it: {@code 【法律】《…》（history）第四章第四十五条：quote}), gathered from every cell of the real
 * lists, and the way a generated list varies them: in a basis cell, an item keeps its number
 * ({@code 2.} or {@code 2-1.}, so it still backs the same duty) and may take the text of another
 * real item. Every citation a generated list holds is one a real list holds, so it resolves to
 * the same article of the same document.
 */
final class CitationPool {

    /** An item number at the start of a line: 1. 2． 3、 2-1. */
    private static final Pattern ITEM = Pattern.compile("(?m)^(\\d{1,3}(?:-\\d{1,2})?[.．、])");
    /** A citation with at least one article: an optional level tag, a title, anything, 第…条. */
    private static final Pattern CITATION = Pattern.compile(
            "^\\s*(【[^】\\n]{1,12}】)?\\s*《[^《》\\n]{2,60}》[^【]{0,200}?第[零〇一二三四五六七八九十百千]{1,6}条", Pattern.DOTALL);
    private static final Pattern ANY_NUMBERED_LINE = Pattern.compile("(?m)^\\s*\\d{1,3}(?:-\\d{1,2})?[.．、]");

    private final List<String> items;

    private CitationPool(List<String> items) {
        this.items = List.copyOf(items);
    }

    /** The pool of the items found in these cell texts, in the order found (the same on every run). */
    static CitationPool of(List<String> cells) {
        Set<String> found = new LinkedHashSet<>();
        for (String cell : cells) {
            for (Item item : items(cell)) {
                String body = clean(item.body());
                if (isCitation(body)) {
                    found.add(body);
                }
            }
        }
        return new CitationPool(new ArrayList<>(found));
    }

    int size() {
        return items.size();
    }

    /**
     * The cell with some of its citation items given the text of other real items (each with
     * probability {@code share}); a cell that is not a numbered basis cell comes back as it was.
     */
    String vary(String cell, Random random, double share) {
        List<Item> found = items(cell);
        if (found.isEmpty() || items.isEmpty() || found.stream().noneMatch(i -> isCitation(clean(i.body())))) {
            return cell;
        }
        StringBuilder out = new StringBuilder(cell.substring(0, found.get(0).start()));
        for (Item item : found) {
            out.append(item.label());
            String body = item.body();
            if (isCitation(clean(body)) && random.nextDouble() < share) {
                String trailing = body.substring(body.stripTrailing().length());
                body = items.get(random.nextInt(items.size())) + trailing;
            }
            out.append(body);
        }
        return out.toString();
    }

    private static boolean isCitation(String body) {
        return CITATION.matcher(body).find() && !body.startsWith("同") && !ANY_NUMBERED_LINE.matcher(body).find();
    }

    /** Text as it can stand in any cell of any format: no tabs, no carriage returns, no trailing space. */
    private static String clean(String body) {
        return body.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ').strip();
    }

    /** An item of a cell: its label ({@code 2.}), where it starts and its text up to the next item. */
    private record Item(String label, int start, String body) {
    }

    private static List<Item> items(String cell) {
        List<Item> items = new ArrayList<>();
        Matcher m = ITEM.matcher(cell);
        List<int[]> starts = new ArrayList<>();
        while (m.find()) {
            starts.add(new int[] {m.start(), m.end()});
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : cell.length();
            items.add(new Item(cell.substring(starts.get(i)[0], starts.get(i)[1]), starts.get(i)[0],
                    cell.substring(starts.get(i)[1], end)));
        }
        return items;
    }
}
