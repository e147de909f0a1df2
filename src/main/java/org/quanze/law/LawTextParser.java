package org.quanze.law;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quanze.ingest.ChineseNumerals;
import org.quanze.ingest.Location;
import org.quanze.ingest.SourceException;

/**
 * Reads an official law text in the Markdown of the national law database mirror: a
 * {@code source:} line, a {@code #} title, history lines up to {@code <!-- INFO END -->}, then
 * {@code ## 第X章} headings and articles that start a line with 第Y条; the lines after an
 * article's first line are its further paragraphs, and lines starting with （一） are items.
 */
public final class LawTextParser {

    private static final String NUM = "[一二三四五六七八九十百千零〇两]+";
    private static final Pattern CHAPTER = Pattern.compile("^##\\s*第(" + NUM + ")章\\s*(.*)$");
    private static final Pattern ARTICLE = Pattern.compile("^第(" + NUM + ")条(?:[ \\u3000]+|$)(.*)$");
    private static final Pattern ITEM = Pattern.compile("^[（(](" + NUM + ")[）)]");
    private static final Pattern DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern ACTION = Pattern.compile("(通过|公布|修订|修正|修改|发布|施行)");
    private static final Pattern ORDER = Pattern.compile("((?:中华人民共和国)?\\S*?令第\\d+号)");
    private static final Pattern IN_FORCE = Pattern.compile("自(\\d{4})年(\\d{1,2})月(\\d{1,2})日起施行");
    private static final String INFO_END = "<!-- INFO END -->";

    public LawText parse(String fileName, byte[] bytes) {
        String text = decode(fileName, bytes).replace("\r\n", "\n");
        String[] lines = text.split("\n", -1);
        int i = 0;
        String firstLine = null;
        if (lines[0].startsWith("source:")) {
            firstLine = lines[0];
            i = 1;
        }
        i = skipBlank(lines, i);
        if (i >= lines.length || !lines[i].startsWith("# ")) {
            throw new SourceException(Location.ofLine(fileName, i + 1), "expected the title line (# 标题)");
        }
        String title = lines[i].substring(2).strip();
        int infoEnd = indexOf(lines, INFO_END, i);
        if (infoEnd < 0) {
            throw new SourceException(Location.ofLine(fileName, i + 2),
                    "no " + INFO_END + " line: the history lines after the title must end with it");
        }
        List<HistoryLine> history = history(lines, i + 1, infoEnd);
        Body body = new Body(fileName);
        body.read(lines, infoEnd + 1);
        if (body.articles.isEmpty()) {
            throw new SourceException(Location.ofLine(fileName, infoEnd + 2), "no article (第一条 …) after the header");
        }
        LocalDate versionDate = history.stream().filter(h -> h.date() != null && !"施行".equals(h.action()))
                .map(HistoryLine::date).max(LocalDate::compareTo).orElse(null);
        if (versionDate == null) {
            throw new SourceException(Location.ofLine(fileName, i + 2),
                    "no dated history line (e.g. 2010年4月29日 …修订): the version cannot be dated");
        }
        return new LawText(fileName, firstLine, title, history, versionDate, inForce(history, body.articles),
                orderNumber(history, versionDate), level(history), body.chapters, body.articles);
    }

    private static String decode(String fileName, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new SourceException(Location.ofLine(fileName, 1), "not UTF-8: save the law text as UTF-8", e);
        }
    }

    private static List<HistoryLine> history(String[] lines, int from, int to) {
        List<HistoryLine> history = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher d = DATE.matcher(line);
            LocalDate date = d.find() ? date(d.group(1), d.group(2), d.group(3)) : null;
            String action = lastMatch(ACTION, line);
            Matcher o = ORDER.matcher(line);
            history.add(new HistoryLine(line, date, action, o.find() ? o.group(1) : null, i + 1));
        }
        return history;
    }

    private static LocalDate inForce(List<HistoryLine> history, List<LawArticle> articles) {
        for (HistoryLine h : history) {
            if ("施行".equals(h.action()) && h.date() != null) {
                return h.date();
            }
        }
        for (int a = articles.size() - 1; a >= Math.max(0, articles.size() - 3); a--) {
            Matcher m = IN_FORCE.matcher(articles.get(a).text());
            if (m.find()) {
                return date(m.group(1), m.group(2), m.group(3));
            }
        }
        return null;
    }

    private static String orderNumber(List<HistoryLine> history, LocalDate versionDate) {
        return history.stream().filter(h -> versionDate.equals(h.date()) && h.orderNumber() != null)
                .map(HistoryLine::orderNumber).findFirst().orElse(null);
    }

    /** The level as the history shows it: the NPC adopts laws, the State Council issues regulations. */
    private static String level(List<HistoryLine> history) {
        for (HistoryLine h : history) {
            if (h.text().contains("全国人民代表大会")) {
                return "法律";
            }
            if (h.text().contains("国务院令")) {
                return "行政法规";
            }
        }
        return null;
    }

    static LocalDate date(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String lastMatch(Pattern p, String text) {
        Matcher m = p.matcher(text);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        return last;
    }

    private static int skipBlank(String[] lines, int i) {
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        return i;
    }

    private static int indexOf(String[] lines, String marker, int from) {
        for (int i = from; i < lines.length; i++) {
            if (lines[i].strip().equals(marker)) {
                return i;
            }
        }
        return -1;
    }

    /** Reads chapters and articles; an article line must carry the next article number. */
    private static final class Body {
        private final String fileName;
        private final List<LawChapter> chapters = new ArrayList<>();
        private final List<LawArticle> articles = new ArrayList<>();
        private Integer chapter;
        private int articleNumber;
        private int articleLine;
        private List<LawParagraph> paragraphs;
        private String lead;
        private int leadLine;
        private List<LawItem> items;

        Body(String fileName) {
            this.fileName = fileName;
        }

        void read(String[] lines, int from) {
            for (int i = from; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty()) {
                    continue;
                }
                Matcher c = CHAPTER.matcher(line);
                Matcher a = ARTICLE.matcher(line);
                if (c.matches()) {
                    endArticle();
                    int n = number(c.group(1), i);
                    chapter = n;
                    chapters.add(new LawChapter(n, line.substring(2).strip(), c.group(2).replaceAll("[\\s\\u3000]+", ""), i + 1));
                } else if (a.matches() && number(a.group(1), i) == articleNumber + 1) {
                    endArticle();
                    articleNumber++;
                    articleLine = i + 1;
                    paragraphs = new ArrayList<>();
                    startParagraph(a.group(2).strip(), i + 1);
                } else if (paragraphs == null) {
                    throw new SourceException(Location.ofLine(fileName, i + 1),
                            "text before the first article: expected 第一条 or a ## 第X章 heading");
                } else if (ITEM.matcher(line).find()) {
                    Matcher m = ITEM.matcher(line);
                    m.find();
                    items.add(new LawItem(number(m.group(1), i), line, i + 1));
                } else {
                    startParagraph(line, i + 1);
                }
            }
            endArticle();
        }

        private void startParagraph(String text, int line) {
            endParagraph();
            lead = text;
            leadLine = line;
            items = new ArrayList<>();
        }

        private void endParagraph() {
            if (lead != null) {
                paragraphs.add(new LawParagraph(paragraphs.size() + 1, lead, items, leadLine));
                lead = null;
            }
        }

        private void endArticle() {
            if (paragraphs != null) {
                endParagraph();
                articles.add(new LawArticle(articleNumber, chapter, paragraphs, articleLine));
                paragraphs = null;
            }
        }

        private int number(String numeral, int line) {
            OptionalInt n = ChineseNumerals.parse(numeral);
            if (n.isEmpty()) {
                throw new SourceException(Location.ofLine(fileName, line + 1), "not a Chinese numeral: " + numeral);
            }
            return n.getAsInt();
        }
    }
}
