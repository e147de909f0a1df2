package org.quanze.ingest.list;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quanze.ingest.ChineseNumerals;
import org.quanze.ingest.Finding;
import org.quanze.ingest.Location;
import org.quanze.ingest.SourceException;

/**
 * Parses the citations of one basis item:
 * {@code 【法律】《title》（history）第四章第十七条：quote 第四章第十六条：quote}. A new document
 * citation starts at each 【; a new article reference at each structural reference that follows
 * the end of a sentence and ends in a colon.
 */
final class CitationParser {

    private static final String NUM = "([一二三四五六七八九十百千零〇两0-9]+)";
    private static final Pattern STRUCT = Pattern.compile(
            "(?:第" + NUM + "编)?(?:第" + NUM + "章)?(?:第" + NUM + "节)?第" + NUM + "条(?:之" + NUM + ")?"
                    + "(?:第" + NUM + "款)?(?:第[（(]?" + NUM + "[）)]?项)?[ \\u3000]*[：:]");
    private static final String SENTENCE_END = "。；;.!！？?";

    /** Maps an offset in the parsed text to the place in the file. */
    private final IntFunction<Location> at;
    private final List<Finding> findings;

    CitationParser(IntFunction<Location> at, List<Finding> findings) {
        this.at = at;
        this.findings = findings;
    }

    List<DocumentCitation> parse(String text) {
        List<DocumentCitation> citations = new ArrayList<>();
        List<Integer> starts = segmentStarts(text);
        for (int s = 0; s < starts.size(); s++) {
            int end = s + 1 < starts.size() ? starts.get(s + 1) : text.length();
            citations.add(segment(text, starts.get(s), end));
        }
        return citations;
    }

    /** A document citation starts at the first non-blank character and at every 【 after a sentence. */
    private static List<Integer> segmentStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(skipBlank(text, 0));
        for (int i = starts.get(0) + 1; i < text.length(); i++) {
            if (text.charAt(i) == '【' && followsSentence(text, i)) {
                starts.add(i);
            }
        }
        return starts;
    }

    private DocumentCitation segment(String text, int from, int to) {
        int i = skipBlank(text, from);
        String level = null;
        if (i < to && text.charAt(i) == '【') {
            int close = text.indexOf('】', i);
            if (close < 0 || close >= to) {
                throw new SourceException(at.apply(i), "【 is never closed: the level tag of a citation must end with 】");
            }
            level = text.substring(i + 1, close).strip();
            i = skipBlank(text, close + 1);
        }
        if (i >= to || text.charAt(i) != '《') {
            throw new SourceException(at.apply(Math.min(i, text.length())),
                    "expected 《title》 here: a citation names the document it cites in 《》");
        }
        int close = text.indexOf('》', i);
        int reopen = text.indexOf('《', i + 1);
        if (close < 0 || close >= to || (reopen >= 0 && reopen < close)) {
            throw new SourceException(at.apply(i), "《 is never closed: the title of a citation must end with 》");
        }
        String title = text.substring(i + 1, close).strip();
        i = skipBlank(text, close + 1);
        String history = null;
        if (i < to && (text.charAt(i) == '（' || text.charAt(i) == '(')) {
            int end = matchingParen(text, i, to);
            history = text.substring(i + 1, end).strip();
            i = skipBlank(text, end + 1);
        }
        return new DocumentCitation(level, title, history, refs(text, i, to, title));
    }

    /** A structural reference found in the text: where it stands and its numeral groups. */
    private record Found(int start, int end, String[] groups) {
        static Found of(Matcher m) {
            String[] groups = new String[m.groupCount() + 1];
            for (int g = 1; g <= m.groupCount(); g++) {
                groups[g] = m.group(g);
            }
            return new Found(m.start(), m.end(), groups);
        }
    }

    private List<ArticleRef> refs(String text, int from, int to, String title) {
        Matcher m = STRUCT.matcher(text).region(from, to);
        List<Found> found = new ArrayList<>();
        while (m.find()) {
            if (m.start() == from || followsSentence(text, m.start())) {
                found.add(Found.of(m));
            }
        }
        if (found.isEmpty() || found.get(0).start() != from) {
            findings.add(new Finding(at.apply(from), "《" + title + "》 is cited without an article reference "
                    + "(第…条：) right after its title: the citation is kept verbatim in its cell but not linked to an article"));
            return List.of();
        }
        List<ArticleRef> refs = new ArrayList<>();
        for (int r = 0; r < found.size(); r++) {
            Found f = found.get(r);
            int quoteEnd = r + 1 < found.size() ? found.get(r + 1).start() : to;
            String reference = text.substring(f.start(), f.end()).replaceAll("[ \\u3000]*[：:]$", "");
            if (f.groups()[5] != null) {
                findings.add(new Finding(at.apply(f.start()), reference
                        + " names an added article (条之X): it is linked to the article of the base number"));
            }
            refs.add(new ArticleRef(reference, number(f.groups()[2]), number(f.groups()[4]), number(f.groups()[6]),
                    number(f.groups()[7]), text.substring(f.end(), quoteEnd).strip()));
        }
        return refs;
    }

    private static Integer number(String numeral) {
        if (numeral == null) {
            return null;
        }
        return ChineseNumerals.parse(numeral).stream().boxed().findFirst().orElse(null);
    }

    private int matchingParen(String text, int open, int to) {
        int depth = 0;
        for (int i = open; i < to; i++) {
            char c = text.charAt(i);
            if (c == '（' || c == '(') {
                depth++;
            } else if ((c == '）' || c == ')') && --depth == 0) {
                return i;
            }
        }
        throw new SourceException(at.apply(open), "（ is never closed: the history note after a title must end with ）");
    }

    private static boolean followsSentence(String text, int i) {
        int p = i - 1;
        while (p >= 0 && isBlank(text.charAt(p))) {
            p--;
        }
        return p < 0 || p < i - 1 || SENTENCE_END.indexOf(text.charAt(p)) >= 0;
    }

    private static int skipBlank(String text, int i) {
        while (i < text.length() && isBlank(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0';
    }
}
