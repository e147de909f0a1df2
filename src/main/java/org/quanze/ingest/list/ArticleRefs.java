package org.quanze.ingest.list;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quanze.ingest.ChineseNumerals;
import org.quanze.ingest.Findings;
import org.quanze.ingest.Location;
import org.quanze.ingest.WarningKind;
import org.quanze.ingest.WhiteSpace;

/**
 * Finds the article references that follow a cited title, in the ways lists write them:
 * {@code 第四章第十七条：quote}, {@code 第十七条 quote} on a line of its own, lists such as
 * {@code 第十六条、第十七条} or {@code 第五十八条第一款第（四）项和第三款}, with line breaks even
 * inside the numerals of a wrapped cell. A reference inside a quote is not a new reference: one
 * counts only at the start of the cited text, at the start of a line, or — ending in a colon —
 * after the end of a sentence.
 */
final class ArticleRefs {

    private static final String SP = WhiteSpace.CHAR + "*";
    private static final String DIGIT = "[一二三四五六七八九十百千零〇两0-9０-９]";
    private static final String NUM = "(" + DIGIT + "(?:" + SP + DIGIT + ")*)";
    private static final String ITEM_PART = "(?:" + SP + "第" + SP + "[（(]?" + SP + NUM + SP + "[）)]?" + SP + "项)?";
    /** Groups: 1 编, 2 章, 3 节, 4 条, 5 之, 6 款, 7 项. */
    static final Pattern REF = Pattern.compile("(?:第" + SP + NUM + SP + "编" + SP + ")?(?:第" + SP + NUM + SP + "章"
            + SP + ")?(?:第" + SP + NUM + SP + "节" + SP + ")?第" + SP + NUM + SP + "条(?:" + SP + "之" + SP + NUM + ")?"
            + "(?:" + SP + "第" + SP + NUM + SP + "款)?" + ITEM_PART);
    /** A paragraph of the article named just before, in a list: {@code 和第三款}. Groups: 1 款, 2 项. */
    private static final Pattern PARAGRAPH = Pattern.compile("第" + SP + NUM + SP + "款" + ITEM_PART);
    /** An item of the paragraph named just before: {@code 、第（五）项}. Group 1: 项. */
    private static final Pattern ITEM = Pattern.compile("第" + SP + "[（(]" + SP + NUM + SP + "[）)]" + SP + "项");
    /** The start of a range ending in the reference right after it: {@code 第三十九至}(第五十条). Group 1: 条. */
    private static final Pattern RANGE_FROM = Pattern.compile("第" + SP + NUM + SP + "(?:条" + SP + ")?[至到~～—－]" + SP + "$");
    /** The same at the start of a list member: {@code 、第六十至第六十五条}. Group 1: 条. */
    private static final Pattern RANGE_MEMBER = Pattern.compile("第" + SP + NUM + SP + "(?:条" + SP + ")?[至到~～—－]" + SP + "(?=第)");
    /** A range wider than this is no range a list writes. */
    private static final int MAX_RANGE = 60;
    /** A reference that lost its 第, on a line of its own and with its colon: {@code 三十八条：}. Group 1: 条. */
    private static final Pattern BARE = Pattern.compile(NUM + SP + "条" + SP + "(?=[：:])");
    /** An item named after the colon of its article: {@code 第一条:第（七）项 …}. Group 1: 项. */
    private static final Pattern ITEM_AFTER_COLON = Pattern.compile("第" + SP + "[（(]?" + SP + NUM + SP + "[）)]?" + SP + "项");
    private static final String LIST_SEPARATORS = "、，,和及与";
    /** What may follow a reference that has no colon: it ends there, and no sentence runs on from it. */
    private static final String CLEAN_ENDS = "。；;.…，,、)）";

    private final String text;
    private final IntFunction<Location> at;
    private final Findings findings;

    ArticleRefs(String text, IntFunction<Location> at, Findings findings) {
        this.text = text;
        this.at = at;
        this.findings = findings;
    }

    /** A reference as found: its place, what it names, and the reference of its article (for 和第三款). */
    private record Found(int start, int end, ArticleRef ref, String articleReference) {
    }

    /** References written together (one, or a list), and where the text they quote starts. */
    private record Group(List<Found> refs, int quoteStart, boolean colon, boolean endsCleanly) {
        int start() {
            return refs.get(0).start();
        }
    }

    /** The references in {@code [from, to)}, each with the text it quotes. */
    List<ArticleRef> find(int from, int to) {
        List<Group> groups = new ArrayList<>();
        int regionStart = Texts.skipBlank(text, from);
        Matcher m = REF.matcher(text);
        int search = from;
        while (search < to) {
            m.region(search, to);
            boolean ref = m.find();
            int bare = bareReference(search, ref ? m.start() : to);
            if (bare >= 0) {
                groups.add(bare(bare, to));
                search = groups.get(groups.size() - 1).quoteStart();
                continue;
            }
            if (!ref) {
                break;
            }
            int s = m.start();
            if (number(m.group(4)) == null) {
                search = s + 1;
                continue;
            }
            Group g = group(m, search, to);
            boolean anchored = g.start() == regionStart || Texts.atLineStart(text, g.start());
            boolean accepted = anchored ? g.colon() || g.endsCleanly() : g.colon() && Texts.followsSentence(text, g.start());
            if (accepted) {
                groups.add(g);
                search = g.quoteStart();
            } else {
                search = s + 1;
            }
        }
        return withQuotes(groups, to);
    }

    /** The first line start in {@code [from, to)} where a reference that lost its 第 stands ({@code 三十八条：}); -1 when none. */
    private int bareReference(int from, int to) {
        for (int i = from; i < to; i = Texts.lineEnd(text, i) + 1) {
            int k = Texts.skipSpace(text, i);
            Matcher bare = BARE.matcher(text).region(Math.min(k, to), to);
            if (k < to && Texts.atLineStart(text, k) && bare.lookingAt() && number(bare.group(1)) != null) {
                return k;
            }
        }
        return -1;
    }

    /** A reference written without its 第 ({@code 三十八条：}): read, and reported as the slip it is. */
    private Group bare(int start, int to) {
        Matcher m = BARE.matcher(text).region(start, to);
        m.lookingAt();
        String reference = Texts.squeeze(m.group());
        findings.add(WarningKind.UNMARKED_ARTICLE, at.apply(start), reference + " lacks its 第: read as 第" + reference
                + " (kept verbatim in its cell)");
        ArticleRef ref = new ArticleRef(reference, null, number(m.group(1)), null, null, "");
        int colon = Texts.skipSpace(text, m.end());
        return new Group(List.of(new Found(start, m.end(), ref, reference)), colon + 1, true, true);
    }

    /** The references written together from {@code first} on; {@code from}: where the search for it began. */
    private Group group(Matcher first, int from, int to) {
        List<Found> refs = new ArrayList<>(range(first, from));
        int end = first.end();
        while (true) {
            int j = Texts.skipSpace(text, end);
            if (j >= to || LIST_SEPARATORS.indexOf(text.charAt(j)) < 0) {
                break;
            }
            List<Found> next = next(Texts.skipBlank(text, j + 1), to, refs.get(refs.size() - 1));
            if (next.isEmpty()) {
                break;
            }
            refs.addAll(next);
            end = next.get(next.size() - 1).end();
        }
        int j = Texts.skipSpace(text, end);
        boolean colon = j < to && "：:".indexOf(text.charAt(j)) >= 0;
        boolean clean = end >= to || Texts.isBlank(text.charAt(end)) || CLEAN_ENDS.indexOf(text.charAt(end)) >= 0;
        int quoteStart = colon ? j + 1 : end;
        if (colon) {
            Matcher item = ITEM_AFTER_COLON.matcher(text).region(Texts.skipSpace(text, quoteStart), to);
            Found last = refs.get(refs.size() - 1);
            if (item.lookingAt() && last.ref().item() == null && number(item.group(1)) != null) {
                ArticleRef r = last.ref();
                refs.set(refs.size() - 1, new Found(last.start(), item.end(), new ArticleRef(r.reference()
                        + Texts.squeeze(item.group()), r.chapter(), r.article(), r.paragraph(), number(item.group(1)), ""),
                        last.articleReference()));
                quoteStart = item.end();
            }
        }
        return new Group(refs, quoteStart, colon, clean);
    }

    /**
     * The reference {@code m} found, or the articles of the range it ends ({@code 第三十九至第五十条}:
     * 39 to 50), each with the range as written.
     */
    private List<Found> range(Matcher m, int from) {
        Matcher r = RANGE_FROM.matcher(text).region(Math.max(from, m.start() - 20), m.start());
        if (m.group(2) != null || m.group(5) != null || m.group(6) != null || !r.find()) {
            return List.of(found(m));
        }
        return expand(r.start(), m.end(), number(r.group(1)), number(m.group(4))).orElseGet(() -> List.of(found(m)));
    }

    private Optional<List<Found>> expand(int start, int end, Integer first, Integer last) {
        if (first == null || last == null || last <= first || last - first > MAX_RANGE) {
            return Optional.empty();
        }
        String reference = Texts.squeeze(text.substring(start, end));
        List<Found> all = new ArrayList<>();
        for (int n = first; n <= last; n++) {
            all.add(new Found(start, end, new ArticleRef(reference, null, n, null, null, ""), reference));
        }
        return Optional.of(all);
    }

    /** The next member of a list: a whole reference or range, or a paragraph or item of the one before; empty when none. */
    private List<Found> next(int k, int to, Found previous) {
        Matcher range = RANGE_MEMBER.matcher(text).region(k, to);
        if (range.lookingAt()) {
            Matcher last = REF.matcher(text).region(range.end(), to);
            if (last.lookingAt() && last.group(2) == null && last.group(5) == null && last.group(6) == null) {
                Optional<List<Found>> all = expand(k, last.end(), number(range.group(1)), number(last.group(4)));
                if (all.isPresent()) {
                    return all.get();
                }
            }
        }
        Matcher whole = REF.matcher(text).region(k, to);
        if (whole.lookingAt() && number(whole.group(4)) != null) {
            return List.of(found(whole));
        }
        Matcher paragraph = PARAGRAPH.matcher(text).region(k, to);
        if (paragraph.lookingAt()) {
            ArticleRef p = previous.ref();
            String reference = previous.articleReference() + Texts.squeeze(paragraph.group());
            return List.of(new Found(k, paragraph.end(), new ArticleRef(reference, p.chapter(), p.article(),
                    number(paragraph.group(1)), number(paragraph.group(2)), ""), previous.articleReference()));
        }
        Matcher item = ITEM.matcher(text).region(k, to);
        if (item.lookingAt() && previous.ref().paragraph() != null) {
            ArticleRef p = previous.ref();
            String reference = p.reference().replaceAll("第[（(]?[^第]*[）)]?项$", "") + Texts.squeeze(item.group());
            return List.of(new Found(k, item.end(), new ArticleRef(reference, p.chapter(), p.article(), p.paragraph(),
                    number(item.group(1)), ""), previous.articleReference()));
        }
        return List.of();
    }

    private Found found(Matcher m) {
        int articleEnd = m.group(5) != null ? m.end(5) : text.indexOf('条', m.end(4)) + 1;
        String reference = Texts.squeeze(m.group());
        if (m.group(5) != null) {
            findings.add(WarningKind.UNLINKED_BASIS, at.apply(m.start()), reference
                    + " names an added article (条之X): it is linked to the article of the base number");
        }
        ArticleRef ref = new ArticleRef(reference, number(m.group(2)), number(m.group(4)), number(m.group(6)),
                number(m.group(7)), "");
        return new Found(m.start(), m.end(), ref, Texts.squeeze(text.substring(m.start(), articleEnd)));
    }

    /**
     * Gives each group's quote to its last reference (a list quotes once for all its members). A
     * list that names its references and then quotes the articles on lines of their own
     * ({@code 第十五条、第五十八条第一款第（四）项和第三款：⏎第十五条 …⏎第五十八条 …}) cites what it
     * named: each quote line gives its text to the listed references of its article (the article
     * itself, or paragraphs and items of it) and is no reference of its own.
     */
    private List<ArticleRef> withQuotes(List<Group> groups, int to) {
        List<ArticleRef> refs = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            int quoteEnd = g + 1 < groups.size() ? groups.get(g + 1).start() : to;
            String quote = quote(group, quoteEnd);
            for (int r = 0; r < group.refs().size(); r++) {
                ArticleRef ref = group.refs().get(r).ref();
                refs.add(r == group.refs().size() - 1 ? withQuote(ref, quote) : ref);
            }
        }
        List<ArticleRef> kept = new ArrayList<>();
        for (ArticleRef ref : refs) {
            List<Integer> listed = new ArrayList<>();
            for (int i = 0; i < kept.size(); i++) {
                if (kept.get(i).quote().isEmpty() && !ref.quote().isEmpty() && quotes(ref, kept.get(i))) {
                    listed.add(i);
                }
            }
            listed.forEach(i -> kept.set(i, withQuote(kept.get(i), ref.quote())));
            if (listed.isEmpty()) {
                kept.add(ref);
            }
        }
        return kept;
    }

    /** Whether a quoted reference gives the text of a listed one: the same place, or its whole article. */
    private static boolean quotes(ArticleRef quoted, ArticleRef listed) {
        boolean wholeArticle = quoted.paragraph() == null && quoted.item() == null;
        return quoted.article() == listed.article()
                && (wholeArticle || Objects.equals(quoted.paragraph(), listed.paragraph())
                && Objects.equals(quoted.item(), listed.item()));
    }

    private String quote(Group group, int quoteEnd) {
        String quote = text.substring(group.quoteStart(), Math.max(group.quoteStart(), quoteEnd)).strip();
        // Without a colon, what follows the reference starts with the punctuation that ended it.
        return group.colon() ? quote : quote.replaceFirst("^[\\s\\u3000。；;.…，,、]+", "");
    }

    private static ArticleRef withQuote(ArticleRef r, String quote) {
        return new ArticleRef(r.reference(), r.chapter(), r.article(), r.paragraph(), r.item(), quote);
    }

    static Integer number(String numeral) {
        if (numeral == null) {
            return null;
        }
        String digits = Normalizer.normalize(Texts.squeeze(numeral), Normalizer.Form.NFKC);
        return ChineseNumerals.parse(digits).stream().boxed().findFirst().orElse(null);
    }
}
