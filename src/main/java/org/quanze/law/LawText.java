package org.quanze.law;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quanze.ingest.Finding;

/**
 * One version of a legal document as read from its official text: its title, history lines, the
 * date that made this version, the date it entered into force, its parts (编), chapters, sections
 * (节) and articles, the article numbers the text has but that cannot be read as such ({@code unread}:
 * number → line; a number repeated or out of order), the text before the first article (a preamble or
 * 序言), and the warnings raised reading it (each with its line). {@code part} is set when the file holds one part of a code
 * published part by part (民法典: 人格权编): the version is the code's, the articles are the part's.
 */
public record LawText(String fileName, String firstLine, String title, String part, List<HistoryLine> history,
                      LocalDate versionDate, LocalDate inForce, String orderNumber, String level,
                      List<LawPart> parts, List<LawChapter> chapters, List<LawSection> sections,
                      List<LawArticle> articles, Map<Integer, Integer> unread, String preamble,
                      List<Finding> warnings) {

    public LawText {
        history = List.copyOf(history);
        parts = List.copyOf(parts);
        chapters = List.copyOf(chapters);
        sections = List.copyOf(sections);
        articles = List.copyOf(articles);
        unread = Collections.unmodifiableMap(new LinkedHashMap<>(unread));
        warnings = List.copyOf(warnings);
    }

    /** A text as the graph gives it back: history, parts, sections, preamble and warnings are not needed there. */
    public LawText(String fileName, String firstLine, String title, List<HistoryLine> history, LocalDate versionDate,
                   LocalDate inForce, String orderNumber, String level, List<LawChapter> chapters,
                   List<LawArticle> articles) {
        this(fileName, firstLine, title, null, history, versionDate, inForce, orderNumber, level, List.of(), chapters,
                List.of(), articles, Map.of(), null, List.of());
    }

    public Optional<LawArticle> article(int number) {
        return articles.stream().filter(a -> a.number() == number).findFirst();
    }

    /** The chapter of that number (the first, in a code whose parts number their chapters anew). */
    public Optional<LawChapter> chapter(int number) {
        return chapters.stream().filter(c -> c.number() == number).findFirst();
    }
}
