package org.quanze.ingest.list;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quanze.ingest.ChineseNumerals;
import org.quanze.ingest.Findings;
import org.quanze.ingest.Location;

/**
 * Finds the article references that follow a cited title, in the ways lists write them:
 * {@code 第四章第十七条：quote}, {@code 第十七条 quote} on a line of its own, lists such as
 * {@code 第十六条、第十七条} or {@code 第五十八条第一款第（四）项和第三款}, with line breaks even
 * inside the numerals of a wrapped cell. A reference inside a quote is not a new reference: one
 * counts only at the start of the cited text, at the start of a line, or — ending in a colon —
 * after the end of a sentence.
 */
final class ArticleRefs {

    private static final String SP = "[\\s\\u3000]*";
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
            if (!m.find()) {
                break;
            }
            int s = m.start();
            if (number(m.group(4)) == null) {
                search = s + 1;
                continue;
            }
            Group g = group(m, to);
            boolean anchored = s == regionStart || Texts.atLineStart(text, s);
            boolean accepted = anchored ? g.colon() || g.endsCleanly() : g.colon() && Texts.followsSentence(text, s);
            if (accepted) {
                groups.add(g);
                search = g.quoteStart();
            } else {
                search = s + 1;
            }
        }
        return withQuotes(groups, to);
    }

    private Group group(Matcher first, int to) {
        List<Found> refs = new ArrayList<>(List.of(found(first)));
        int end = first.end();
        while (true) {
            int j = Texts.skipSpace(text, end);
            if (j >= to || LIST_SEPARATORS.indexOf(text.charAt(j)) < 0) {
                break;
            }
            Found next = next(Texts.skipBlank(text, j + 1), to, refs.get(refs.size() - 1));
            if (next == null) {
                break;
            }
            refs.add(next);
            end = next.end();
        }
        int j = Texts.skipSpace(text, end);
        boolean colon = j < to && "：:".indexOf(text.charAt(j)) >= 0;
        boolean clean = end >= to || Texts.isBlank(text.charAt(end)) || CLEAN_ENDS.indexOf(text.charAt(end)) >= 0;
        return new Group(refs, colon ? j + 1 : end, colon, clean);
    }

    /** The next member of a list: a whole reference, or a paragraph or item of the one before. */
    private Found next(int k, int to, Found previous) {
        Matcher whole = REF.matcher(text).region(k, to);
        if (whole.lookingAt() && number(whole.group(4)) != null) {
            return found(whole);
        }
        Matcher paragraph = PARAGRAPH.matcher(text).region(k, to);
        if (paragraph.lookingAt()) {
            ArticleRef p = previous.ref();
            String reference = previous.articleReference() + Texts.squeeze(paragraph.group());
            return new Found(k, paragraph.end(), new ArticleRef(reference, p.chapter(), p.article(),
                    number(paragraph.group(1)), number(paragraph.group(2)), ""), previous.articleReference());
        }
        Matcher item = ITEM.matcher(text).region(k, to);
        if (item.lookingAt() && previous.ref().paragraph() != null) {
            ArticleRef p = previous.ref();
            String reference = p.reference().replaceAll("第[（(]?[^第]*[）)]?项$", "") + Texts.squeeze(item.group());
            return new Found(k, item.end(), new ArticleRef(reference, p.chapter(), p.article(), p.paragraph(),
                    number(item.group(1)), ""), previous.articleReference());
        }
        return null;
    }

    private Found found(Matcher m) {
        int articleEnd = m.group(5) != null ? m.end(5) : text.indexOf('条', m.end(4)) + 1;
        String reference = Texts.squeeze(m.group());
        if (m.group(5) != null) {
            findings.add(at.apply(m.start()), reference
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
