package org.quanze.law;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quanze.ingest.ChineseNumerals;
import org.quanze.ingest.Finding;
import org.quanze.ingest.WarningKind;
import org.quanze.ingest.Location;
import org.quanze.ingest.WhiteSpace;

/**
 * Reads the body of a law text: headings of parts (编), chapters (章) and sections (节), articles
 * (条), their paragraphs (款) and items (项), and the text before the first article (a preamble).
 *
 * <p>The numbering of the articles is checked as it is read, and a text whose structure is broken
 * never yields a wrong article; each break is a warning naming its line:
 * <ul>
 * <li>an article line written with a slip (笫五十四条, 第一百二十八 条侦查…) is read as that article
 *     when its number is the one expected next;</li>
 * <li>a skipped number (第五十三条 then 第五十五条) is read as written: the articles between are missing;</li>
 * <li>a number read before, or smaller than the last (an article repeated, articles out of order),
 *     makes that number ambiguous: neither text is read as that article ({@link #unread()});</li>
 * <li>an article added by an amendment (第十七条之一) has no whole number: it is left out, its text
 *     with it, never added to the article before it;</li>
 * <li>an article line inside a quotation (after a paragraph ending in ：, as amendments quote the
 *     articles they insert) is text of the article quoting it;</li>
 * <li>a heading wrapped over two lines is read as one; text between a heading and the next article
 *     belongs to no article (the heading stands inside an article): it is left out, and so is the
 *     article the heading cut, whose text may run on after it; an annex (附件) after the articles is
 *     no article either.</li>
 * </ul>
 */
final class LawBody {

    private static final String NUM = "[一二三四五六七八九十百千零〇两]+";
    private static final String SP = WhiteSpace.CHAR + "*";
    private static final Pattern DIVISION = Pattern.compile("^第(" + NUM + ")(分编|编|章|节)" + SP + "(.*)$");
    private static final Pattern ARTICLE = Pattern.compile("^第(" + NUM + ")条(?:之(" + NUM + "))?(?:[ \\u3000]+(.*)|$)");
    private static final Pattern LOOSE_ARTICLE = Pattern.compile(
            "^[第笫]" + SP + "(" + NUM + ")" + SP + "条(?:之(" + NUM + "))?" + SP + "(.*)$");
    private static final Pattern ITEM = Pattern.compile("^[（(](" + NUM + ")[）)]");
    private static final Pattern ANNEX = Pattern.compile("^附(?:件|录|表)" + SP + "[一二三四五六七八九十\\d]*" + SP + "$");
    /** The line that opens an annex after the articles: 附件 / 附表二 / 附件1 / 附： / 附件二：its title. */
    private static final Pattern ANNEX_START = Pattern.compile("^附(?:[件录表][一二三四五六七八九十\\d]*)?(?:[：:][^。；;]{0,40})?$");
    private static final Pattern SENTENCE = Pattern.compile("[，。；：,;:]");

    private enum Kind { PART, SUBPART, CHAPTER, SECTION, ANNEX, OTHER }

    private final String fileName;
    private final boolean markdown;
    private final String filePart;
    private final List<LawPart> parts = new ArrayList<>();
    private final List<LawChapter> chapters = new ArrayList<>();
    private final List<LawSection> sections = new ArrayList<>();
    private final Map<Integer, LawArticle> articles = new LinkedHashMap<>();
    private final Map<Integer, Integer> unread = new LinkedHashMap<>();
    private final List<Finding> warnings = new ArrayList<>();
    private final StringBuilder preamble = new StringBuilder();

    private String part;
    private Integer chapter;
    private Integer section;
    /** The last article number read (or left out as ambiguous): the next is expected to be one more. */
    private int last;
    private boolean anyArticle;
    private boolean inAnnex;
    /** The heading just read, while no text has followed it: a short line after it may continue it. */
    private String openHeading;
    /** How to extend the heading just read, while no text has followed it. */
    private Consumer<String> extendHeading;
    private boolean orphanReported;
    /** The articles read since the numbering last skipped ahead (null before it ever did). */
    private List<Integer> jumped;

    private Article current;

    /** An article as it is read; {@code keep} is false for one left out (之N, or an ambiguous number). */
    private final class Article {
        final int number;
        final int line;
        final boolean keep;
        final String part = LawBody.this.part;
        final Integer chapter = LawBody.this.chapter;
        final Integer section = LawBody.this.section;
        final List<LawParagraph> paragraphs = new ArrayList<>();
        String lead;
        int leadLine;
        List<LawItem> items;
        boolean quoted;

        Article(int number, int line, boolean keep) {
            this.number = number;
            this.line = line;
            this.keep = keep;
        }

        void paragraph(String text, int at) {
            endParagraph();
            lead = text;
            leadLine = at;
            items = new ArrayList<>();
        }

        void endParagraph() {
            if (lead != null) {
                quoted |= items.isEmpty() && introducesQuote(lead);
                paragraphs.add(new LawParagraph(paragraphs.size() + 1, lead, items, leadLine));
                lead = null;
            }
        }

        /**
         * Whether the article quotes: a paragraph of it ends in a colon with no item after it (内容如下：),
         * so that what follows is quoted text, article lines included, until the next article's number.
         */
        boolean quoting() {
            return quoted || lead != null && items.isEmpty() && introducesQuote(lead);
        }

        private static boolean introducesQuote(String text) {
            return text.endsWith("：") || text.endsWith(":") || text.endsWith("：“");
        }
    }

    /** Whether a line opens an article as a law text writes one (第一条 …, also with the slips read above). */
    static boolean opensArticle(String text) {
        return ARTICLE.matcher(text).matches() || LOOSE_ARTICLE.matcher(text).matches() && text.length() > 3;
    }

    LawBody(String fileName, boolean markdown, String filePart) {
        this.fileName = fileName;
        this.markdown = markdown;
        this.filePart = filePart;
        this.part = filePart;
    }

    LawBody read(List<LawLines.Line> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            LawLines.Line line = lines.get(i);
            if (line.blank()) {
                continue;
            }
            if (isHeading(line)) {
                heading(line);
            } else if ((!inAnnex || resumes(line)) && articleLine(line)) {
                openHeading = null;
            } else {
                text(line, lines, i);
            }
        }
        endArticle();
        return this;
    }

    List<LawPart> parts() {
        return parts;
    }

    List<LawChapter> chapters() {
        return chapters;
    }

    List<LawSection> sections() {
        return sections;
    }

    List<LawArticle> articles() {
        return List.copyOf(articles.values());
    }

    /** The article numbers the text has but that cannot be read as such (repeated, out of order), each with its line. */
    Map<Integer, Integer> unread() {
        return unread;
    }

    String preamble() {
        return preamble.isEmpty() ? null : preamble.toString();
    }

    List<Finding> warnings() {
        return warnings;
    }

    private boolean isHeading(LawLines.Line line) {
        if (line.level() > 0) {
            return true;
        }
        if (markdown) {
            return false;
        }
        // Plain text marks no heading: a short line 第X章 …, without a sentence's punctuation, is one.
        String text = line.text();
        Matcher d = DIVISION.matcher(text);
        String compact = WhiteSpace.removeAll(text);
        return d.matches() && d.group(3).length() <= 30 && !SENTENCE.matcher(d.group(3)).find()
                || compact.equals("序言") || compact.equals("附则") || ANNEX.matcher(compact).matches();
    }

    private void heading(LawLines.Line line) {
        endArticle();
        String text = line.text();
        Matcher d = DIVISION.matcher(text);
        String compact = WhiteSpace.removeAll(text);
        Kind kind = d.matches() ? switch (d.group(2)) {
            case "编" -> Kind.PART;
            case "分编" -> Kind.SUBPART;
            case "章" -> Kind.CHAPTER;
            default -> Kind.SECTION;
        } : ANNEX.matcher(compact).matches() ? Kind.ANNEX : Kind.OTHER;
        openHeading = null;
        if (inAnnex) {
            return;
        }
        switch (kind) {
            case PART -> {
                int n = number(d.group(1));
                part = Integer.toString(n);
                chapter = null;
                section = null;
                parts.add(new LawPart(part, n, text, line.number()));
                int at = parts.size() - 1;
                open(text, more -> {
                    LawPart p = parts.get(at);
                    parts.set(at, new LawPart(p.key(), p.number(), p.heading() + more, p.line()));
                });
            }
            case SUBPART -> section = null;
            case CHAPTER -> chapter(line, number(d.group(1)), text, d.group(3));
            case SECTION -> {
                section = number(d.group(1));
                sections.add(new LawSection(section, text, line.number(), part, chapter));
                int at = sections.size() - 1;
                open(text, more -> {
                    LawSection c = sections.get(at);
                    sections.set(at, new LawSection(c.number(), c.heading() + more, c.line(), c.part(), c.chapter()));
                });
            }
            case ANNEX -> annex(line, compact);
            case OTHER -> {
                chapter = null;
                section = null;
                open(text, more -> { });
            }
        }
    }

    /** An annex ends where the next article follows, should a line have been taken for an annex's start. */
    private boolean resumes(LawLines.Line line) {
        Matcher m = ARTICLE.matcher(line.text());
        if (m.matches() && m.group(2) == null && ChineseNumerals.parse(m.group(1)).orElse(0) == last + 1) {
            inAnnex = false;
            warn(line.number(), "第" + ChineseNumerals.format(last + 1) + "条 follows the annex: read as an article");
            return true;
        }
        return false;
    }

    private void annex(LawLines.Line line, String compact) {
        endArticle();
        inAnnex = true;
        warn(line.number(), "the annex " + compact + " after the articles is no article: not read as one");
    }

    private void chapter(LawLines.Line line, int n, String heading, String rest) {
        boolean seen = chapters.stream().anyMatch(c -> c.number() == n && Objects.equals(c.part(), part));
        if (seen) {
            warn(line.number(), "第" + ChineseNumerals.format(n) + "章 comes a second time: its articles are read as they stand");
        }
        chapter = n;
        section = null;
        chapters.add(new LawChapter(n, heading, WhiteSpace.removeAll(rest), line.number(), part));
        int at = chapters.size() - 1;
        open(heading, more -> {
            LawChapter c = chapters.get(at);
            chapters.set(at, new LawChapter(c.number(), c.heading() + more, c.title() + more, c.line(), c.part()));
        });
    }

    /** Remembers the heading just read and how to extend it, should the next line continue it. */
    private void open(String heading, Consumer<String> extend) {
        openHeading = heading;
        extendHeading = extend;
    }

    /** Reads a line as the start of an article when it is one; whether it was. */
    private boolean articleLine(LawLines.Line line) {
        String text = line.text();
        Matcher strict = ARTICLE.matcher(text);
        boolean canonical = strict.matches();
        Matcher m = canonical ? strict : LOOSE_ARTICLE.matcher(text);
        if (!canonical && !m.matches()) {
            return false;
        }
        OptionalInt parsed = ChineseNumerals.parse(m.group(1));
        if (parsed.isEmpty()) {
            return false;
        }
        int n = parsed.getAsInt();
        int expected = last + 1;
        boolean quoting = current != null && current.quoting();
        String rest = m.group(3) == null ? "" : m.group(3).strip();
        if (m.group(2) != null) {
            return addedArticle(line, n, m.group(2), quoting);
        }
        if (!canonical) {
            // A slip in the label (笫, a space inside, none after) is only trusted where the number is the next one.
            if (quoting || !(n == expected || !anyArticle)) {
                return false;
            }
            warn(line.number(), "article 第" + ChineseNumerals.format(n) + "条 is written \"" + head(text)
                    + "\": read as 第" + ChineseNumerals.format(n) + "条");
            start(n, line, rest, true);
            return true;
        }
        if (quoting && anyArticle && n != expected) {
            return false;
        }
        if (!anyArticle) {
            if (n != 1 && filePart == null) {
                warn(line.number(), "the first article is 第" + ChineseNumerals.format(n) + "条, not 第一条");
            }
            start(n, line, rest, true);
        } else if (n == expected) {
            start(n, line, rest, true);
        } else if (n > expected) {
            warn(line.number(), "the articles skip from 第" + ChineseNumerals.format(last) + "条 to 第"
                    + ChineseNumerals.format(n) + "条: " + range(expected, n - 1) + " not in this text");
            jumped = new ArrayList<>();
            start(n, line, rest, true);
        } else {
            ambiguous(line, n);
        }
        return true;
    }

    /** 第N条之M: an article an amendment inserted; left out whole, as no whole number names it. */
    private boolean addedArticle(LawLines.Line line, int n, String sub, boolean quoting) {
        if (quoting || !anyArticle || n != last) {
            return false;
        }
        warn(line.number(), "第" + ChineseNumerals.format(n) + "条之" + sub + " (an article inserted by an amendment) is"
                + " not read: an article is named by a whole number here; its text is left out, not added to 第"
                + ChineseNumerals.format(n) + "条");
        endArticle();
        current = new Article(n, line.number(), false);
        return true;
    }

    /** A number read before, or smaller than the last: which text is that article cannot be told. */
    private void ambiguous(LawLines.Line line, int n) {
        endArticle();
        LawArticle earlier = articles.remove(n);
        String where = earlier != null ? "第" + ChineseNumerals.format(n) + "条 comes again (first at line "
                + earlier.line() + ")" : "第" + ChineseNumerals.format(n) + "条 comes after 第"
                + ChineseNumerals.format(last) + "条 (out of order)";
        warn(line.number(), where + ": neither text is read as 第" + ChineseNumerals.format(n) + "条");
        unread.putIfAbsent(n, line.number());
        // The articles read since the numbering last jumped ahead, past this one, are in doubt too:
        // 第十一条, 第十四条, 第十三条 … may be 第十二条 written 第十四条.
        if (jumped != null) {
            for (int later : jumped) {
                LawArticle doubtful = later > n ? articles.remove(later) : null;
                if (doubtful != null) {
                    unread.putIfAbsent(later, doubtful.line());
                    warn(doubtful.line(), "第" + ChineseNumerals.format(later) + "条 (read after the articles skipped"
                            + " ahead) comes before 第" + ChineseNumerals.format(n) + "条: not read as 第"
                            + ChineseNumerals.format(later) + "条");
                }
            }
        }
        current = new Article(n, line.number(), false);
        anyArticle = true;
    }

    private void start(int n, LawLines.Line line, String rest, boolean keep) {
        endArticle();
        current = new Article(n, line.number(), keep && !unread.containsKey(n));
        last = n;
        anyArticle = true;
        if (jumped != null) {
            jumped.add(n);
        }
        if (!rest.isEmpty()) {
            current.paragraph(rest, line.number());
        }
    }

    private void text(LawLines.Line line, List<LawLines.Line> lines, int index) {
        String text = line.text();
        if (openHeading != null && continuesHeading(text, lines, index)) {
            extendHeading.accept(text);
            warn(line.number(), "the heading " + openHeading + " runs on over this line: read as one heading");
            openHeading = null;
            return;
        }
        openHeading = null;
        if (inAnnex) {
            return;
        }
        if (anyArticle && ANNEX_START.matcher(WhiteSpace.removeAll(text)).matches()) {
            annex(line, text);
            return;
        }
        if (current == null) {
            if (anyArticle) {
                orphan(line);
            } else {
                preamble.append(preamble.isEmpty() ? "" : "\n").append(text);
            }
            return;
        }
        Matcher item = ITEM.matcher(text);
        if (item.find() && current.lead != null) {
            OptionalInt n = ChineseNumerals.parse(item.group(1));
            if (n.isPresent()) {
                current.items.add(new LawItem(n.getAsInt(), text, line.number()));
                return;
            }
        }
        current.paragraph(text, line.number());
    }

    /**
     * A short line that ends no sentence, right after a heading and before an article or heading: the
     * heading wrapped over two lines (第二节 向中华人民共和国请求没收、⏎返还违法所得…), or a sub-heading.
     */
    private boolean continuesHeading(String text, List<LawLines.Line> lines, int index) {
        if (text.length() > 40 || text.matches(".*[。；：;:].*")) {
            return false;
        }
        for (int j = index + 1; j < lines.size(); j++) {
            LawLines.Line next = lines.get(j);
            if (!next.blank()) {
                return next.level() > 0 || ARTICLE.matcher(next.text()).matches() || LOOSE_ARTICLE.matcher(next.text()).matches();
            }
        }
        return false;
    }

    /** Text after a heading and before the next article: the heading stands inside an article. */
    private void orphan(LawLines.Line line) {
        if (orphanReported) {
            return;
        }
        orphanReported = true;
        LawArticle before = articles.get(last);
        if (before != null) {
            articles.remove(last);
            unread.putIfAbsent(last, before.line());
        }
        warn(line.number(), "text after a heading and before the next article (the heading stands inside an article):"
                + " it belongs to no article and is left out" + (before == null ? ""
                : ", and so is 第" + ChineseNumerals.format(last) + "条, which the heading cut"));
    }

    private void endArticle() {
        if (current == null) {
            return;
        }
        current.endParagraph();
        if (current.keep && !current.paragraphs.isEmpty()) {
            articles.put(current.number, new LawArticle(current.number, current.part, current.chapter, current.section,
                    current.paragraphs, current.line));
        } else if (current.keep) {
            warn(current.line, "第" + ChineseNumerals.format(current.number) + "条 has no text");
            articles.put(current.number, new LawArticle(current.number, current.part, current.chapter, current.section,
                    List.of(), current.line));
        }
        current = null;
        orphanReported = false;
    }

    private void warn(int line, String message) {
        warnings.add(new Finding(Location.ofLine(fileName, line), WarningKind.LAW_TEXT, message));
    }

    private int number(String numeral) {
        return ChineseNumerals.parse(numeral).orElse(0);
    }

    private static String range(int from, int to) {
        return from == to ? "第" + ChineseNumerals.format(from) + "条 is"
                : "第" + ChineseNumerals.format(from) + "条 to 第" + ChineseNumerals.format(to) + "条 are";
    }

    private static String head(String text) {
        int at = text.indexOf('条');
        return text.substring(0, Math.min(text.length(), at < 0 ? 12 : at + 4));
    }
}
