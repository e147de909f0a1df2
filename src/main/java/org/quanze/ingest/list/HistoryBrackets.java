package org.quanze.ingest.list;

import java.util.function.IntFunction;
import org.quanze.ingest.Findings;
import org.quanze.ingest.Location;
import org.quanze.ingest.SourceException;

/**
 * Finds the bracket that closes a history note. Notes nest brackets (（…（试行）…）) and lists
 * sometimes open one bracket too many (（（2003年…修正）); a note never runs on into the quoted
 * text, so when the brackets do not balance before a line that starts a reference (or a new
 * citation), the note ends at the last closing bracket before it.
 */
final class HistoryBrackets {

    private final String text;
    private final IntFunction<Location> at;
    private final Findings findings;

    HistoryBrackets(String text, IntFunction<Location> at, Findings findings) {
        this.text = text;
        this.at = at;
        this.findings = findings;
    }

    int close(int open) {
        int depth = 0;
        int lastClose = -1;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '（' || c == '(') {
                depth++;
            } else if (c == '）' || c == ')') {
                lastClose = i;
                if (--depth == 0) {
                    return i;
                }
            } else if (c == '\n' && startsQuotedText(i + 1)) {
                break;
            }
        }
        if (lastClose < 0) {
            throw new SourceException(at.apply(open),
                    "（ is never closed: the history note after a title must end with ）");
        }
        findings.tally("unbalanced-history", at.apply(open), "the brackets of a history note do not balance (a （ too "
                + "many): the note is read up to its last ）, " + text.substring(open, lastClose + 1).strip());
        return lastClose;
    }

    private boolean startsQuotedText(int lineStart) {
        int i = Texts.skipSpace(text, lineStart);
        return i < text.length() && (text.charAt(i) == '【'
                || ArticleRefs.REF.matcher(text).region(i, text.length()).lookingAt());
    }
}
