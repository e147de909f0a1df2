package org.quanze.law;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quanze.ingest.Location;
import org.quanze.ingest.SourceException;
import org.quanze.ingest.WhiteSpace;

/**
 * Reads an official law text as the national law database gives it ({@link LawLines}): the Markdown
 * of its mirror (a {@code source:} line, a {@code #} title, history lines up to
 * {@code <!-- INFO END -->}, {@code ##}…{@code ####} headings), or plain text and the Word document
 * it publishes for download (the title, the history in brackets, a table of contents, headings
 * without marks). The body — parts (编), chapters, sections (节), articles, paragraphs, items — is
 * read by {@link LawBody}, which reports every break in the structure with its line.
 *
 * <p>The version is dated by the date in the file name ({@code 统计法(2009-06-27).md}) when it has one,
 * else by the latest dated history line that is not an entry into force.
 */
public final class LawTextParser {

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern ACTION = Pattern.compile("(通过|公布|修订|修正|修改|发布|施行)");
    private static final Pattern ORDER = Pattern.compile("((?:中华人民共和国)?\\S*?令第\\d+号)");
    private static final Pattern IN_FORCE = Pattern.compile("自(\\d{4})年(\\d{1,2})月(\\d{1,2})日起施行");
    private static final Pattern FILE_DATE = Pattern.compile("\\((\\d{4})-(\\d{2})-(\\d{2})\\)\\.[A-Za-z]+$");
    private static final Pattern HISTORY_START = Pattern.compile("^[（(]?\\s*(?:根据)?\\d{4}\\s*年");
    private static final Pattern TOC = Pattern.compile("^目\\s*录$");
    private static final String INFO_END = "<!-- INFO END -->";
    /** How much of a text {@link #header} reads from its start (the header and the first articles), and from its end. */
    private static final int HEADER_CHARS = 32 * 1024;
    private static final int TAIL_CHARS = 2 * 1024;

    /**
     * What a library needs to know of a text without reading its body: its title, the part it holds,
     * the date of its version and of its entry into force (as far as its history tells), and whether
     * it has articles (第一条 …) at all.
     */
    public record Header(String title, String part, LocalDate versionDate, LocalDate inForce, boolean hasArticles) {
    }

    private record Head(String firstLine, String title, int titleLine, String part, List<HistoryLine> history,
                        int bodyStart) {
    }

    /**
     * A text with no article (第一条 …) after its header: a decision numbered 一、二、 or a notice, a
     * document in its own right whose text cannot back a citation of an article.
     */
    public static final class NoArticles extends SourceException {
        NoArticles(Location location) {
            super(location, "no article (第一条 …) after the header");
        }
    }

    public LawText parse(String fileName, byte[] bytes) {
        LawLines read = LawLines.read(fileName, bytes);
        List<LawLines.Line> lines = read.lines();
        Head head = head(fileName, read);
        LawBody body = new LawBody(fileName, read.markdown(), head.part()).read(lines, head.bodyStart());
        if (body.articles().isEmpty()) {
            int at = head.bodyStart() < lines.size()
                    ? lines.get(Math.min(skipBlank(lines, head.bodyStart()), lines.size() - 1)).number() : head.titleLine();
            throw new NoArticles(Location.ofLine(fileName, at));
        }
        LocalDate versionDate = versionDate(fileName, head.history());
        if (versionDate == null) {
            throw new SourceException(Location.ofLine(fileName, head.titleLine() + 1),
                    "no dated history line (e.g. 2010年4月29日 …修订) and no date in the file name (法名(2010-04-29).md):"
                            + " the version cannot be dated");
        }
        String lastArticles = body.articles().stream().skip(Math.max(0, body.articles().size() - 3))
                .map(LawArticle::text).reduce("", String::concat);
        LocalDate inForce = inForce(head.history(), lastArticles, versionDate);
        return new LawText(fileName, head.firstLine(), head.title(), head.part(), head.history(), versionDate, inForce,
                orderNumber(head.history(), versionDate), level(head.history()), body.parts(), body.chapters(),
                body.sections(), body.articles(), body.unread(), body.preamble(), body.warnings());
    }

    /** Reads the title and history of a text and looks for its articles, without reading its body. */
    public Header header(String fileName, byte[] bytes) {
        LawLines[] parts = LawLines.headAndTail(fileName, bytes, HEADER_CHARS, TAIL_CHARS);
        LawLines read = parts[0];
        List<LawLines.Line> lines = read.lines();
        Head head = head(fileName, read);
        boolean articles = false;
        for (int i = head.bodyStart(); i < lines.size() && !articles; i++) {
            articles = LawBody.opensArticle(lines.get(i).text());
        }
        if (!articles && bytes.length > HEADER_CHARS && !read.docx()) {
            // Perhaps a preamble longer than the head read: look through the whole text.
            try {
                return header(parse(fileName, bytes));
            } catch (SourceException e) {
                articles = false;
            }
        }
        StringBuilder tail = new StringBuilder();
        for (LawLines.Line line : parts[1].lines()) {
            tail.append(line.text());
        }
        LocalDate versionDate = versionDate(fileName, head.history());
        return new Header(head.title(), head.part(), versionDate,
                versionDate == null ? null : inForce(head.history(), tail.toString(), versionDate), articles);
    }

    private static Header header(LawText text) {
        return new Header(text.title(), text.part(), text.versionDate(), text.inForce(), !text.articles().isEmpty());
    }

    private Head head(String fileName, LawLines read) {
        List<LawLines.Line> lines = read.lines();
        int i = 0;
        String firstLine = null;
        if (!lines.isEmpty() && lines.get(0).text().startsWith("source:")) {
            firstLine = lines.get(0).text();
            i = 1;
        }
        i = skipBlank(lines, i);
        if (i >= lines.size() || (read.markdown() && lines.get(i).level() != 1)) {
            throw new SourceException(Location.ofLine(fileName, i < lines.size() ? lines.get(i).number() : 1),
                    read.markdown() || i >= lines.size() ? "expected the title line (# 标题)" : "expected the title");
        }
        String title = lines.get(i).text();
        int titleLine = lines.get(i).number();
        i = skipBlank(lines, i + 1);
        String part = null;
        if (i < lines.size() && read.markdown() && lines.get(i).level() == 1) {
            part = lines.get(i).text();
            i = skipBlank(lines, i + 1);
        }
        int infoEnd = indexOf(lines, INFO_END, i);
        if (infoEnd >= 0) {
            return new Head(firstLine, title, titleLine, part, history(lines, i, infoEnd), infoEnd + 1);
        }
        if (read.markdown()) {
            throw new SourceException(Location.ofLine(fileName, titleLine + 1),
                    "no " + INFO_END + " line: the history lines after the title must end with it");
        }
        int end = plainHistoryEnd(lines, i);
        return new Head(firstLine, title, titleLine, part, history(lines, i, end), skipTableOfContents(lines, end));
    }

    /**
     * The date of the version: the date in the file name when it has one, for the mirror names each
     * version by it and the history it prints of a revised regulation often stops at its first
     * promulgation (不动产登记暂行条例(2019-03-24).md prints only 2014年11月24日); else the latest dated
     * history line that is not an entry into force.
     */
    private static LocalDate versionDate(String fileName, List<HistoryLine> history) {
        LocalDate named = fileDate(fileName);
        return named != null ? named : history.stream().filter(h -> h.date() != null && !"施行".equals(h.action()))
                .map(HistoryLine::date).max(LocalDate::compareTo).orElse(null);
    }

    /** The date a mirror's file name carries ({@code 统计法(2009-06-27).md}); null when it has none. */
    public static LocalDate fileDate(String fileName) {
        Matcher m = FILE_DATE.matcher(fileName);
        return m.find() ? date(m.group(1), m.group(2), m.group(3)) : null;
    }

    /**
     * The history of a plain text: one bracketed block after the title (（1983年12月8日…通过　根据…修正）, over one
     * line or several), or lines that each open with a date; the index of the line after it.
     */
    private static int plainHistoryEnd(List<LawLines.Line> lines, int from) {
        int i = from;
        if (i < lines.size() && lines.get(i).text().matches("^[（(].*")) {
            int depth = 0;
            for (; i < lines.size(); i++) {
                for (char c : lines.get(i).text().toCharArray()) {
                    depth += c == '（' || c == '(' ? 1 : c == '）' || c == ')' ? -1 : 0;
                }
                if (depth <= 0) {
                    return i + 1;
                }
            }
            return from + 1;
        }
        while (i < lines.size() && (lines.get(i).blank() || HISTORY_START.matcher(lines.get(i).text()).find())) {
            i++;
        }
        return i;
    }

    /** A table of contents (目录 and the headings it lists) is skipped up to where its first heading comes again. */
    private static int skipTableOfContents(List<LawLines.Line> lines, int from) {
        int i = skipBlank(lines, from);
        if (i >= lines.size() || !TOC.matcher(WhiteSpace.removeAll(lines.get(i).text())).matches()) {
            return from;
        }
        int first = skipBlank(lines, i + 1);
        if (first >= lines.size()) {
            return first;
        }
        String heading = compact(lines.get(first).text());
        for (int j = first + 1; j < lines.size(); j++) {
            if (compact(lines.get(j).text()).equals(heading)) {
                return j;
            }
        }
        return first;
    }

    private static String compact(String text) {
        return WhiteSpace.removeAll(text);
    }

    private static List<HistoryLine> history(List<LawLines.Line> lines, int from, int to) {
        List<HistoryLine> history = new ArrayList<>();
        for (int i = from; i < to; i++) {
            LawLines.Line line = lines.get(i);
            for (String event : events(line.text())) {
                Matcher d = DATE.matcher(event);
                LocalDate date = d.find() ? date(d.group(1), d.group(2), d.group(3)) : null;
                String action = lastMatch(ACTION, event);
                Matcher o = ORDER.matcher(event);
                history.add(new HistoryLine(event, date, action, o.find() ? o.group(1) : null, line.number()));
            }
        }
        return history;
    }

    /**
     * The events of one history line. A Markdown line is one event; the bracketed block of a
     * downloaded text holds them all, separated by full-width spaces: a part without a date joins the
     * event before it.
     */
    private static List<String> events(String line) {
        String text = line.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        if (!text.startsWith("（") && !text.startsWith("(")) {
            return List.of(text);
        }
        text = text.replaceAll("^[（(]|[）)]$", "");
        List<String> events = new ArrayList<>();
        for (String part : text.split("[\\u3000]+|\\s{2,}")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (!DATE.matcher(p).find() && !events.isEmpty()) {
                events.set(events.size() - 1, events.get(events.size() - 1) + " " + p);
            } else {
                events.add(p);
            }
        }
        return events;
    }

    /**
     * The entry into force: a history line saying 施行, else the last 自…起施行 of the last articles; none when
     * that is earlier than the version (the history of a revised regulation often prints only its first
     * promulgation and entry into force).
     */
    private static LocalDate inForce(List<HistoryLine> history, String lastArticles, LocalDate versionDate) {
        LocalDate found = history.stream().filter(h -> "施行".equals(h.action()) && h.date() != null)
                .map(HistoryLine::date).findFirst().orElse(null);
        if (found == null) {
            Matcher m = IN_FORCE.matcher(lastArticles);
            while (m.find()) {
                found = date(m.group(1), m.group(2), m.group(3));
            }
        }
        return found != null && found.isBefore(versionDate) ? null : found;
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

    private static int skipBlank(List<LawLines.Line> lines, int i) {
        while (i < lines.size() && lines.get(i).blank()) {
            i++;
        }
        return i;
    }

    private static int indexOf(List<LawLines.Line> lines, String marker, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).text().equals(marker)) {
                return i;
            }
        }
        return -1;
    }
}
