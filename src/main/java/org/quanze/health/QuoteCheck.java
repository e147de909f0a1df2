package org.quanze.health;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quanze.ingest.ChineseNumerals;
import org.quanze.ingest.WhiteSpace;
import org.quanze.law.TextDiff;
import org.quanze.reading.OfficialArticle;

/**
 * Compares what a list quotes with the official text of the article (or the paragraph, or the
 * item) it cites.
 * <p>
 * A quote may be the whole part cited, or only some of it: a run of consecutive sentences (a
 * paragraph, or the first sentence of a long article), or the lead of a paragraph with some of its
 * items (（一）（四）（五）), or such a run that leaves out some items of a list on the way (the lead,
 * item (二), the paragraph after the list). Either way it matches when its words are exactly the
 * official words of that run. Line breaks, the spaces that pad a cell, the breaks between items in the
 * official layout and the width of the brackets around an item's number ((一) against （一）) are layout,
 * not text. It is a minor misquote when it matches only once character width, punctuation and white
 * space are set aside; otherwise a misquote, shown against the run of official text it is closest to.
 */
public final class QuoteCheck {

    /** How a quote compares with the official text. */
    public enum Verdict { MATCH, MINOR, MISQUOTE }

    /** The verdict and the official text the quote was found to match, or to be closest to. */
    public record Result(Verdict verdict, String official) {
    }

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。；;！!？?])");
    private static final Pattern ITEM_MARK = Pattern.compile("[（(]([一二三四五六七八九十]+)[）)]");
    private static final Pattern ITEM_START = Pattern.compile("[（(][一二三四五六七八九十]+[）)]");

    private QuoteCheck() {
    }

    /**
     * @param paragraph the paragraph the citation names, or null for the whole article
     * @param item      the item the citation names (within the paragraph), or null
     */
    public static Result check(String quote, OfficialArticle article, Integer paragraph, Integer item) {
        List<OfficialArticle.Paragraph> scope = scope(article, paragraph);
        List<String> units = units(scope, paragraph == null ? null : item);
        List<Unit> whole = parts(article, paragraph, item);
        Optional<String> exact = match(quote, scope, units, QuoteCheck::layout)
                .or(() -> excerpt(quote, whole, QuoteCheck::layout));
        if (exact.isPresent()) {
            return new Result(Verdict.MATCH, exact.get());
        }
        Optional<String> minor = match(quote, scope, units, QuoteCheck::words)
                .or(() -> excerpt(quote, whole, QuoteCheck::words));
        if (minor.isPresent()) {
            return new Result(Verdict.MINOR, minor.get());
        }
        return new Result(Verdict.MISQUOTE, closest(quote, units));
    }

    private static List<OfficialArticle.Paragraph> scope(OfficialArticle article, Integer paragraph) {
        if (paragraph != null) {
            Optional<OfficialArticle.Paragraph> p = article.paragraph(paragraph);
            if (p.isPresent()) {
                return List.of(p.get());
            }
        }
        return article.paragraphs();
    }

    /** The official text in reading order, cut into sentences and items: the runs a quote may cover. */
    private static List<String> units(List<OfficialArticle.Paragraph> scope, Integer item) {
        List<String> units = new ArrayList<>();
        for (OfficialArticle.Paragraph p : scope) {
            if (item != null) {
                p.items().stream().filter(i -> i.number() == item).forEach(i -> units.add(layout(i.text())));
                continue;
            }
            for (String sentence : SENTENCE_END.split(layout(p.lead()))) {
                if (!sentence.isEmpty()) {
                    units.add(sentence);
                }
            }
            p.items().forEach(i -> units.add(layout(i.text())));
        }
        return units;
    }

    /** The official run the quote matches under the given normalisation, if any. */
    private static Optional<String> match(String quote, List<OfficialArticle.Paragraph> scope, List<String> units,
                                          UnaryOperator<String> norm) {
        String q = norm.apply(quote);
        if (q.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i < units.size(); i++) {
            StringBuilder run = new StringBuilder();
            StringBuilder raw = new StringBuilder();
            for (int j = i; j < units.size(); j++) {
                run.append(norm.apply(units.get(j)));
                raw.append(units.get(j));
                if (run.length() > q.length()) {
                    break;
                }
                if (run.toString().equals(q)) {
                    return Optional.of(raw.toString());
                }
            }
        }
        return scope.stream().map(p -> selectedItems(quote, p, norm)).flatMap(Optional::stream).findFirst()
                .or(() -> skippingItems(q, units, norm));
    }

    /**
     * A quote of consecutive sentences that leaves out some items of a list on the way, as a lawyer
     * excerpts an article: its lead, the items that apply (（二）), and the paragraphs after the list
     * (消防法 第六十条: the lead, item (二), and 个人有前款…). Only items may be left out.
     */
    private static Optional<String> skippingItems(String q, List<String> units, UnaryOperator<String> norm) {
        for (int i = 0; i < units.size(); i++) {
            int at = 0;
            StringBuilder raw = new StringBuilder();
            for (int j = i; j < units.size() && at < q.length(); j++) {
                String unit = norm.apply(units.get(j));
                if (!unit.isEmpty() && q.startsWith(unit, at)) {
                    at += unit.length();
                    raw.append(units.get(j));
                } else if (j == i || !ITEM_START.matcher(units.get(j)).lookingAt()) {
                    break;
                }
            }
            if (at == q.length()) {
                return Optional.of(raw.toString());
            }
        }
        return Optional.empty();
    }

    /** A quote of a paragraph's lead (or the start of it) followed by some of its items, in order. */
    private static Optional<String> selectedItems(String quote, OfficialArticle.Paragraph p, UnaryOperator<String> norm) {
        String text = layout(quote);
        Matcher m = ITEM_MARK.matcher(text);
        List<Integer> starts = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        while (m.find()) {
            starts.add(m.start());
            numbers.add(ChineseNumerals.parse(m.group(1)).orElse(-1));
        }
        if (starts.isEmpty() || p.items().isEmpty()) {
            return Optional.empty();
        }
        String lead = norm.apply(text.substring(0, starts.get(0)));
        if (!lead.isEmpty() && !norm.apply(p.lead()).startsWith(lead)) {
            return Optional.empty();
        }
        StringBuilder official = new StringBuilder(layout(p.lead()));
        int previous = 0;
        for (int k = 0; k < starts.size(); k++) {
            int number = numbers.get(k);
            String part = text.substring(starts.get(k), k + 1 < starts.size() ? starts.get(k + 1) : text.length());
            Optional<OfficialArticle.Item> item = p.items().stream().filter(i -> i.number() == number).findFirst();
            if (number <= previous || item.isEmpty() || !norm.apply(item.get().text()).equals(norm.apply(part))) {
                return Optional.empty();
            }
            official.append(layout(item.get().text()));
            previous = number;
        }
        return Optional.of(official.toString());
    }

    /** A sentence or an item of the article, and whether it lies in the part the citation names. */
    private record Unit(String text, boolean cited) {
    }

    /** The article in reading order, cut into sentences and items, each marked when the citation names it. */
    private static List<Unit> parts(OfficialArticle article, Integer paragraph, Integer item) {
        List<Unit> parts = new ArrayList<>();
        for (OfficialArticle.Paragraph p : article.paragraphs()) {
            boolean inParagraph = paragraph == null || p.number() == paragraph;
            for (String sentence : SENTENCE_END.split(layout(p.lead()))) {
                if (!sentence.isEmpty()) {
                    parts.add(new Unit(sentence, inParagraph && item == null));
                }
            }
            p.items().forEach(i -> parts.add(new Unit(layout(i.text()), inParagraph && (item == null || i.number() == item))));
        }
        return parts;
    }

    /**
     * A quote made of whole sentences and items of the article, in their order, some left out, that
     * takes in the part cited: a list naming 第五十八条第一款第（四）项和第三款 quotes the lead of the
     * first paragraph, item (四) and the third paragraph. Each part is official text word for word.
     */
    private static Optional<String> excerpt(String quote, List<Unit> units, UnaryOperator<String> norm) {
        String q = norm.apply(quote);
        if (q.isEmpty()) {
            return Optional.empty();
        }
        // Where in the quote a selection of the units read so far can end (negative: without a cited
        // unit yet), and the official text it took.
        Map<Integer, String> reached = new HashMap<>(Map.of(-1, ""));
        for (Unit unit : units) {
            String u = norm.apply(unit.text());
            if (u.isEmpty()) {
                continue;
            }
            Map<Integer, String> next = new HashMap<>(reached);
            reached.forEach((state, official) -> {
                int at = state < 0 ? -state - 1 : state;
                if (q.startsWith(u, at)) {
                    int end = at + u.length();
                    next.putIfAbsent(state >= 0 || unit.cited() ? end : -end - 1, official + unit.text());
                }
            });
            reached = next;
        }
        return Optional.ofNullable(reached.get(q.length()));
    }

    /** The run of official text with the fewest characters differing from the quote: what to show it against. */
    private static String closest(String quote, List<String> units) {
        String q = layout(quote);
        String best = String.join("", units);
        int bestDistance = distance(q, best);
        for (int i = 0; i < units.size(); i++) {
            StringBuilder run = new StringBuilder();
            for (int j = i; j < units.size(); j++) {
                run.append(units.get(j));
                int d = distance(q, run.toString());
                if (d < bestDistance) {
                    best = run.toString();
                    bestDistance = d;
                }
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        return TextDiff.of(b, a).segments().stream().filter(s -> s.kind() != TextDiff.Segment.Kind.EQUAL)
                .mapToInt(s -> s.text().length()).sum();
    }

    /**
     * The text without its layout: each line stripped, lines joined, no padding at either end, and
     * item numbers in one bracket width ((一) and （一） are the same item, as typeset, not a slip).
     */
    static String layout(String text) {
        return ITEM_MARK.matcher(text.lines().map(QuoteCheck::stripAll).reduce("", String::concat)).replaceAll("（$1）");
    }

    /** Only the words: width folded, punctuation and every kind of white space removed. */
    static String words(String text) {
        StringBuilder sb = new StringBuilder();
        Normalizer.normalize(text, Normalizer.Form.NFKC).codePoints().filter(Character::isLetterOrDigit)
                .forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static String stripAll(String line) {
        return WhiteSpace.strip(line);
    }
}
