package org.quanze.law;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.quanze.ingest.Location;
import org.quanze.ingest.SourceException;
import org.quanze.ingest.sheet.TextDecoder;
import org.quanze.ingest.sheet.ZipGuard;

/**
 * The lines of a law text in any of the forms the national law database gives it: the Markdown of
 * its mirror ({@code # 标题}, history lines, {@code <!-- INFO END -->}, {@code ##} headings), plain text
 * as copied from the database's page, or the Word document it publishes for download (one line per
 * paragraph; tables are skipped). Lines are stripped of the zero-width spaces and byte order marks
 * that copies carry; a line's number is its line in the file, or its paragraph in a Word document.
 */
public final class LawLines {

    /** One line: its text (stripped), its number, and its Markdown heading level (0 when it is no {@code #} line). */
    public record Line(String text, int number, int level) {
        boolean blank() {
            return text.isEmpty();
        }
    }

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF]");
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
    /** An article's opening as the database writes it, 第一条 followed by a space: the mark of a law text. */
    private static final Pattern FIRST_ARTICLE = Pattern.compile("(?m)^[ \\t\\u3000]*第一条[ \\u3000]");

    private final List<Line> lines;
    private final boolean markdown;
    private final boolean docx;

    private LawLines(List<Line> lines, boolean markdown, boolean docx) {
        this.lines = List.copyOf(lines);
        this.markdown = markdown;
        this.docx = docx;
    }

    public List<Line> lines() {
        return lines;
    }

    /** Whether the text is the mirror's Markdown (a {@code #} title): else plain text or a Word document. */
    public boolean markdown() {
        return markdown;
    }

    public boolean docx() {
        return docx;
    }

    public static LawLines read(String fileName, byte[] bytes) {
        if (isZip(bytes)) {
            return new LawLines(docxLines(fileName, bytes), false, true);
        }
        return lines(decode(fileName, bytes));
    }

    /**
     * The lines of the first {@code maxChars} characters of a text (of a Word document: all), and of
     * its last {@code tailChars}: enough to catalogue it without splitting all of it into lines.
     */
    static LawLines[] headAndTail(String fileName, byte[] bytes, int maxChars, int tailChars) {
        if (isZip(bytes)) {
            LawLines all = new LawLines(docxLines(fileName, bytes), false, true);
            return new LawLines[] {all, all};
        }
        String text = decode(fileName, bytes);
        return new LawLines[] {lines(text.length() > maxChars ? text.substring(0, maxChars) : text),
                lines(text.length() > tailChars ? text.substring(text.length() - tailChars) : text)};
    }

    private static LawLines lines(String text) {
        String[] raw = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<Line> lines = new ArrayList<>(raw.length);
        boolean markdown = false;
        boolean seenText = false;
        for (int i = 0; i < raw.length; i++) {
            String line = clean(raw[i]);
            Matcher h = line.startsWith("#") ? HEADING.matcher(line) : null;
            int level = h != null && h.matches() ? h.group(1).length() : 0;
            if (!seenText && !line.isEmpty() && !line.startsWith("source:")) {
                markdown = level == 1;
                seenText = true;
            }
            lines.add(new Line(level > 0 ? h.group(2).strip() : line, i + 1, level));
        }
        return new LawLines(lines, markdown, false);
    }

    /**
     * Whether a file a list could also be published in (.txt, .docx) holds a law text instead: a
     * Word document whose paragraphs (not its tables) open an article with 第一条, or text without
     * the TAB-led cells of a list's text export that opens an article with 第一条.
     */
    public static boolean looksLikeLawText(String fileName, byte[] bytes) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".md")) {
            return true;
        }
        try {
            if (isZip(bytes)) {
                return name.endsWith(".docx") && docxLines(fileName, bytes).stream()
                        .anyMatch(l -> FIRST_ARTICLE.matcher(l.text() + " ").find());
            }
            if (!name.endsWith(".txt")) {
                return false;
            }
            String text = decode(fileName, bytes);
            return !Pattern.compile("(?m)^\\t").matcher(text).find() && FIRST_ARTICLE.matcher(text).find();
        } catch (SourceException e) {
            return false;
        }
    }

    private static String clean(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF') {
                return INVISIBLE.matcher(line).replaceAll("").strip();
            }
        }
        return line.strip();
    }

    private static boolean isZip(byte[] bytes) {
        if (bytes.length < ZIP.length) {
            return false;
        }
        for (int i = 0; i < ZIP.length; i++) {
            if (bytes[i] != ZIP[i]) {
                return false;
            }
        }
        return true;
    }

    /** Markdown must be UTF-8 as the mirror writes it; plain text may also be GB18030 or UTF-16. */
    private static String decode(String fileName, byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            if (fileName.toLowerCase(Locale.ROOT).endsWith(".md")) {
                throw new SourceException(Location.ofLine(fileName, 1), "not UTF-8: save the law text as UTF-8", e);
            }
            return TextDecoder.decode(fileName, bytes);
        }
    }

    /** One line per paragraph of the document body, in order; a paragraph's own line breaks make more lines. */
    private static List<Line> docxLines(String fileName, byte[] bytes) {
        ZipGuard.entryNames(fileName, bytes);
        List<Line> lines = new ArrayList<>();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            int paragraph = 0;
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    paragraph++;
                    for (String part : p.getText().split("[\\r\\n\\u000B]+", -1)) {
                        lines.add(new Line(clean(part), paragraph, 0));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof SourceException s) {
                throw s;
            }
            throw new SourceException(Location.ofLine(fileName, 0), "not a readable Word document (.docx): "
                    + e.getMessage(), e);
        }
        return lines;
    }
}
