package org.quanze.ingest.list;

import java.util.function.IntFunction;
import java.util.regex.Matcher;
import org.quanze.ingest.Findings;
import org.quanze.ingest.Location;
import org.quanze.ingest.WarningKind;

/**
 * Finds where a history note ends. Notes nest brackets (（…（试行）…）) and lists sometimes open one
 * bracket too many (（（2003年…修正）); a note never runs on into the quoted text, so when the
 * brackets do not balance before a line that starts a reference (or a new citation), the note ends
 * at the last closing bracket before it. A note whose （ is never closed at all ends with its line
 * (or where a reference with its colon starts on that line), as a person reads it.
 */
final class HistoryBrackets {

    /** The note's text ends before {@code contentEnd}; reading goes on at {@code resume}. */
    record End(int contentEnd, int resume) {
    }

    private final String text;
    private final IntFunction<Location> at;
    private final Findings findings;

    HistoryBrackets(String text, IntFunction<Location> at, Findings findings) {
        this.text = text;
        this.at = at;
        this.findings = findings;
    }

    End close(int open) {
        int depth = 0;
        int lastClose = -1;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '（' || c == '(') {
                depth++;
            } else if (c == '）' || c == ')') {
                lastClose = i;
                if (--depth == 0) {
                    return new End(i, i + 1);
                }
            } else if (c == '\n' && startsQuotedText(i + 1)) {
                break;
            }
        }
        if (lastClose < 0) {
            return unclosed(open);
        }
        findings.tally(WarningKind.UNBALANCED_BRACKETS, "unbalanced-history", at.apply(open), "the brackets of a "
                + "history note do not balance (a （ too many): the note is read up to its last ）, "
                + text.substring(open, lastClose + 1).strip());
        return new End(lastClose, lastClose + 1);
    }

    private End unclosed(int open) {
        int end = Texts.lineEnd(text, open);
        Matcher ref = ArticleRefs.REF.matcher(text).region(open + 1, end);
        while (ref.find()) {
            int after = Texts.skipSpace(text, ref.end());
            if (after < end && "：:".indexOf(text.charAt(after)) >= 0) {
                end = ref.start();
                break;
            }
        }
        String note = text.substring(open + 1, end).strip();
        findings.add(WarningKind.UNCLOSED_HISTORY, at.apply(open), "the history note " + text.charAt(open) + note
                + " has no closing bracket: read to the end of its line (kept verbatim in its cell)");
        return new End(end, end);
    }

    private boolean startsQuotedText(int lineStart) {
        int i = Texts.skipSpace(text, lineStart);
        return i < text.length() && (text.charAt(i) == '【'
                || ArticleRefs.REF.matcher(text).region(i, text.length()).lookingAt());
    }
}
