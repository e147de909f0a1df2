package org.quanze.revise;

import java.util.List;
import java.util.Optional;

/**
 * Rewrites one basis item piece by piece, leaving every character it need not change as written:
 * for each citation in the order the item writes them, the history note in brackets (extended with
 * the revision), then the article reference and the text quoted after it (replaced by the new
 * article(s) and their text, with the same separator as the list writes). Pieces are found as the
 * list wrote them, each after the previous one; when one is not found the item cannot be rewritten
 * mechanically and is left alone.
 */
final class ItemRewriter {

    /** A new article reference and the text it quotes (empty when the list quotes nothing). */
    record Target(String reference, String quote) {
    }

    /** What to change for one citation: its history note (null: none written), its reference and quote as written. */
    record Edit(String history, String newHistory, String reference, String quote, List<Target> targets) {
        Edit {
            targets = List.copyOf(targets);
        }
    }

    /** What may stand between a reference and its quote: a colon and blanks. */
    private static final String SEPARATOR_CHARS = "：:　 \t\n";

    private ItemRewriter() {
    }

    static Optional<String> rewrite(String item, List<Edit> edits) {
        StringBuilder out = new StringBuilder();
        int cursor = 0;
        for (Edit e : edits) {
            int ref = item.indexOf(e.reference(), cursor);
            if (ref < 0 || e.targets().isEmpty()) {
                return Optional.empty();
            }
            if (e.history() != null && e.newHistory() != null) {
                int h = item.indexOf(e.history(), cursor);
                // A history note shared by several references of one document is extended once, before the first.
                if (h >= 0 && h < ref) {
                    out.append(item, cursor, h).append(e.newHistory());
                    cursor = h + e.history().length();
                }
            }
            int refEnd = ref + e.reference().length();
            out.append(item, cursor, ref);
            if (e.quote() == null || e.quote().isEmpty()) {
                out.append(String.join("、", e.targets().stream().map(Target::reference).toList()));
                cursor = refEnd;
                continue;
            }
            int quote = item.indexOf(e.quote(), refEnd);
            if (quote < 0 || !separator(item.substring(refEnd, quote))) {
                return Optional.empty();
            }
            String separator = item.substring(refEnd, quote);
            for (Target t : e.targets()) {
                out.append(t.reference()).append(separator).append(t.quote());
            }
            cursor = quote + e.quote().length();
        }
        out.append(item, cursor, item.length());
        return Optional.of(out.toString());
    }

    private static boolean separator(String between) {
        return between.length() <= 3 && between.chars().allMatch(c -> SEPARATOR_CHARS.indexOf(c) >= 0);
    }
}
