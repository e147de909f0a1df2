package org.quanze.ingest.list;

import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quanze.ingest.Findings;
import org.quanze.ingest.Location;
import org.quanze.ingest.SourceException;

/**
 * The head of one document citation — {@code 【level】 issuer《title》（history）} — and where the
 * article references after it start. Lists write heads loosely: without the level, with the
 * issuer before the title ({@code 新疆…办公厅《关于…的通知》}), with words around the brackets
 * ({@code 实施《中华人民共和国社会保险法》若干规定}), a stray {@code 》}, a doubled {@code （}, or the
 * history without brackets; each is read as written and the odd ones are reported.
 */
record CitationHead(int start, String levelTag, String title, String history, int end) {

    /** A title written with words before its 《 on a line of its own, read only when a reference follows. */
    private static final Pattern PREFIXED = Pattern.compile("[^\\s，。；;,：:《》【】]{1,30}《[^》\\n]{1,80}》");
    private static final Pattern DATE = Pattern.compile("\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日");
    private static final String TITLE_RUN_STOPS = "（(第。；;，,：:、【《";

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

    /** Reads the head starting at {@code start}; an unclosed 【 or 《 is an error, other oddities warnings. */
    static CitationHead read(String text, int start, IntFunction<Location> at, Findings findings) {
        int i = start;
        String level = null;
        if (text.charAt(i) == '【') {
            int close = text.indexOf('】', i);
            if (close < 0) {
                throw new SourceException(at.apply(i), "【 is never closed: the level tag of a citation must end with 】");
            }
            level = text.substring(i + 1, close).strip();
            i = Texts.skipBlank(text, close + 1);
        }
        int open = titleOpen(text, i);
        if (open < 0) {
            findings.tally("no-title:" + level, at.apply(start), "【" + level + "】 is followed by no 《title》: "
                    + "kept verbatim in its cell, no citation is made of it");
            return new CitationHead(start, level, null, null, i);
        }
        return title(text, start, level, i, open, at, findings);
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
        int close = text.indexOf('》', open + 1);
        int reopen = text.indexOf('《', open + 1);
        if (close < 0 || reopen >= 0 && reopen < close) {
            throw new SourceException(at.apply(open), "《 is never closed: the title of a citation must end with 》");
        }
        int runEnd = titleRunEnd(text, close + 1);
        String run = text.substring(close + 1, runEnd);
        String prefix = text.substring(prefixStart, open).strip();
        String title;
        int titleEnd;
        if (run.indexOf('》') >= 0) {
            titleEnd = close + 1 + run.lastIndexOf('》') + 1;
            title = prefix + text.substring(open + 1, titleEnd - 1);
            findings.tally("stray-close:" + title, at.apply(open), "《" + text.substring(open + 1, titleEnd)
                    + " has a 》 too many: read as the title " + title.replace("》", "") + " (kept verbatim in its cell)");
        } else if (!prefix.isEmpty()) {
            titleEnd = level == null ? runEnd : close + 1;
            title = text.substring(prefixStart, titleEnd).strip();
        } else {
            titleEnd = close + 1;
            title = text.substring(open + 1, close).strip();
        }
        return history(text, start, level, title, titleEnd, at, findings);
    }

    private static CitationHead history(String text, int start, String level, String title, int titleEnd,
                                        IntFunction<Location> at, Findings findings) {
        int i = Texts.skipBlank(text, titleEnd);
        if (i < text.length() && (text.charAt(i) == '（' || text.charAt(i) == '(')) {
            int end = new HistoryBrackets(text, at, findings).close(i);
            return new CitationHead(start, level, title, text.substring(i + 1, end).strip(), end + 1);
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
