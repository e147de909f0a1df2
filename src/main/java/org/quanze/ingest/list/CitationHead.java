package org.quanze.ingest.list;

import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quanze.ingest.Findings;
import org.quanze.ingest.Location;
import org.quanze.ingest.WarningKind;

/**
 * The head of one document citation — {@code 【level】 issuer《title》（history）} — and where the
 * article references after it start. Lists write heads loosely: without the level, with the
 * issuer before the title ({@code 新疆…办公厅《关于…的通知》}), with words around the brackets
 * ({@code 实施《中华人民共和国社会保险法》若干规定}), a stray {@code 》}, a doubled {@code （}, the
 * history without brackets, or a 《, （ or 【 never closed; each is read as a person reads it and the
 * odd ones are reported: a slip damages its cell, never the list.
 */
record CitationHead(int start, String levelTag, String title, String history, int end) {

    /** A title written with words before its 《 on a line of its own, read only when a reference follows. */
    private static final Pattern PREFIXED = Pattern.compile("[^\\s，。；;,：:《》【】]{1,30}《[^》\\n]{1,80}》");
    private static final Pattern DATE = Pattern.compile("\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日");
    private static final String TITLE_RUN_STOPS = "（(第。；;，,：:、【《";
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    /** The longest level tag read as one (【新疆维吾尔自治区地方性法规】 is 13 characters). */
    private static final int MAX_LEVEL_TAG = 30;

    /** Whether a citation starts at {@code i}: 【 after a sentence, 《 or a titled line at the start of a line. */
    static boolean startsAt(String text, int i) {
        char c = text.charAt(i);
        if (c == '【') {
            return Texts.followsSentence(text, i);
        }
        if (Texts.isBlank(c) || !Texts.atLineStart(text, i)) {
            return false;
        }
        return c == '《' || prefixedTitleEnd(text, i) > 0;
    }

    /** The end of a prefixed title at {@code i} (实施《…》若干规定) followed by a reference; -1 when there is none. */
    private static int prefixedTitleEnd(String text, int i) {
        int lineEnd = Texts.lineEnd(text, i);
        if (ArticleRefs.REF.matcher(text).region(i, lineEnd).lookingAt()) {
            return -1;
        }
        Matcher m = PREFIXED.matcher(text).region(i, lineEnd);
        if (!m.lookingAt()) {
            return -1;
        }
        int runEnd = titleRunEnd(text, m.end());
        Matcher ref = ArticleRefs.REF.matcher(text).region(Texts.skipSpace(text, runEnd), lineEnd);
        return runEnd > m.end() && ref.lookingAt() ? runEnd : -1;
    }

    /**
     * Reads the head starting at {@code start}. Oddities are warnings: a 【 or 《 never closed is read
     * as a person reads past it (a slip of that cell only), the rest as written.
     */
    static CitationHead read(String text, int start, IntFunction<Location> at, Findings findings) {
        int i = start;
        String level = null;
        if (text.charAt(i) == '【') {
            int close = levelClose(text, i);
            int end = close >= 0 ? close : unclosedLevelEnd(text, i);
            level = text.substring(i + 1, end).strip();
            if (close < 0) {
                findings.add(WarningKind.UNCLOSED_LEVEL, at.apply(i), "【" + level + " has no 】: read as the level tag 【"
                        + level + "】 (kept verbatim in its cell)");
            }
            i = Texts.skipBlank(text, close >= 0 ? close + 1 : end);
        }
        int open = titleOpen(text, i);
        if (open < 0) {
            findings.tally(WarningKind.NO_DOCUMENT, "no-title:" + level, at.apply(start), "【" + level + "】 is followed "
                    + "by no 《title》: kept verbatim in its cell, no citation is made of it");
            return new CitationHead(start, level, null, null, i);
        }
        return title(text, start, level, i, open, at, findings);
    }

    /** The 】 that closes the level tag opened at {@code open}: near, before any 《 or 【; -1 when there is none. */
    private static int levelClose(String text, int open) {
        for (int i = open + 1; i < Math.min(text.length(), open + 1 + MAX_LEVEL_TAG); i++) {
            char c = text.charAt(i);
            if (c == '】') {
                return i;
            }
            if (c == '《' || c == '【') {
                return -1;
            }
        }
        return -1;
    }

    /** Where a level tag that is never closed ends: at the title's 《 on its line, else at a blank or the line's end. */
    private static int unclosedLevelEnd(String text, int open) {
        int i = open + 1;
        while (i < text.length() && text.charAt(i) != '《' && !Texts.isBlank(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Where the 《 of the title opens: at {@code i}, or after an issuer's name on the same line. */
    private static int titleOpen(String text, int i) {
        if (i < text.length() && text.charAt(i) == '《') {
            return i;
        }
        int open = text.indexOf('《', i);
        if (open < 0 || open > Texts.lineEnd(text, i)) {
            return -1;
        }
        String issuer = text.substring(i, open);
        return issuer.chars().anyMatch(c -> "，。；;,：:".indexOf(c) >= 0) ? -1 : open;
    }

    private static CitationHead title(String text, int start, String level, int prefixStart, int open,
                                      IntFunction<Location> at, Findings findings) {
        int close = closingBracket(text, open);
        if (close < 0) {
            return unclosedTitle(text, start, level, prefixStart, open, at, findings);
        }
        int runEnd = titleRunEnd(text, close + 1);
        String run = text.substring(close + 1, runEnd);
        String prefix = text.substring(prefixStart, open).strip();
        String title;
        int titleEnd;
        if (run.indexOf('》') >= 0) {
            titleEnd = close + 1 + run.lastIndexOf('》') + 1;
            title = prefix + text.substring(open + 1, titleEnd - 1);
            findings.tally(WarningKind.UNBALANCED_BRACKETS, "stray-close:" + title, at.apply(open), "《"
                    + text.substring(open + 1, titleEnd) + " has a 》 too many: read as the title " + title.replace("》", "")
                    + " (kept verbatim in its cell)");
        } else if (!prefix.isEmpty()) {
            titleEnd = level == null ? runEnd : close + 1;
            title = text.substring(prefixStart, titleEnd).strip();
        } else {
            titleEnd = close + 1;
            title = text.substring(open + 1, close).strip();
        }
        return history(text, start, level, title, titleEnd, at, findings);
    }

    /**
     * The 》 that closes the 《 at {@code open}, counting nested titles (关于印发《…》的通知 in 《》); a
     * title wrapped over lines may close on a later one, but never past a line that starts a new
     * citation or a reference. -1 when it is never closed.
     */
    private static int closingBracket(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '《') {
                depth++;
            } else if (c == '》' && --depth == 0) {
                return i;
            } else if (c == '\n' && startsLine(text, i + 1)) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether the line at {@code lineStart} starts a citation (【, 《) or an article reference. */
    private static boolean startsLine(String text, int lineStart) {
        int i = Texts.skipSpace(text, lineStart);
        return i < text.length() && (text.charAt(i) == '【' || text.charAt(i) == '《'
                || ArticleRefs.REF.matcher(text).region(i, text.length()).lookingAt());
    }

    /**
     * A title whose 《 is never closed, read as a person reads past the slip: it ends where its line
     * ends, or before a reference or a new citation on that line, and a bracket in it that holds a
     * date or a document number is its history note, not part of the title.
     */
    private static CitationHead unclosedTitle(String text, int start, String level, int prefixStart, int open,
                                              IntFunction<Location> at, Findings findings) {
        int end = Texts.lineEnd(text, open);
        Matcher ref = ArticleRefs.REF.matcher(text).region(open + 1, end);
        if (ref.find()) {
            end = ref.start();
        }
        for (int k = open + 1; k < end; k++) {
            if (text.charAt(k) == '【' && Texts.followsSentence(text, k)) {
                end = k;
                break;
            }
        }
        int history = historyOpen(text, open + 1, end);
        int titleEnd = history >= 0 ? history : end;
        String title = (text.substring(prefixStart, open) + text.substring(open + 1, titleEnd)).strip();
        findings.add(WarningKind.UNCLOSED_TITLE, at.apply(open), "《" + title + " has no 》: read as the title "
                + title + (history >= 0 ? ", the bracket after it as its history note" : "")
                + " (kept verbatim in its cell)");
        return history(text, start, level, title, titleEnd, at, findings);
    }

    /** The first （ in {@code [from, to)}, outside other brackets, that holds a year: a history note. */
    private static int historyOpen(String text, int from, int to) {
        int depth = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '（' || c == '(') {
                if (depth == 0 && YEAR.matcher(text).region(k, bracketEnd(text, k, to)).find()) {
                    return k;
                }
                depth++;
            } else if ((c == '）' || c == ')') && depth > 0) {
                depth--;
            }
        }
        return -1;
    }

    /** The end of the bracket opened at {@code open}: after its closing bracket, or {@code to}. */
    private static int bracketEnd(String text, int open, int to) {
        int depth = 0;
        for (int k = open; k < to; k++) {
            char c = text.charAt(k);
            if (c == '（' || c == '(') {
                depth++;
            } else if ((c == '）' || c == ')') && --depth == 0) {
                return k + 1;
            }
        }
        return to;
    }

    private static CitationHead history(String text, int start, String level, String title, int titleEnd,
                                        IntFunction<Location> at, Findings findings) {
        int i = Texts.skipBlank(text, titleEnd);
        if (i < text.length() && (text.charAt(i) == '（' || text.charAt(i) == '(')) {
            HistoryBrackets.End end = new HistoryBrackets(text, at, findings).close(i);
            return new CitationHead(start, level, title, text.substring(i + 1, end.contentEnd()).strip(), end.resume());
        }
        int lineEnd = Texts.lineEnd(text, i);
        Matcher ref = ArticleRefs.REF.matcher(text).region(i, lineEnd);
        int upTo = ref.find() ? ref.start() : lineEnd;
        String unbracketed = text.substring(i, upTo);
        if (DATE.matcher(unbracketed).find() && unbracketed.chars().noneMatch(c -> "。；;：:".indexOf(c) >= 0)) {
            return new CitationHead(start, level, title, unbracketed.strip(), upTo);
        }
        return new CitationHead(start, level, title, null, titleEnd);
    }

    /** Where the words run on after a 》 without a break: a stray 》, or the rest of a prefixed title. */
    private static int titleRunEnd(String text, int from) {
        int i = from;
        while (i < text.length() && !Texts.isBlank(text.charAt(i)) && TITLE_RUN_STOPS.indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i;
    }
}
