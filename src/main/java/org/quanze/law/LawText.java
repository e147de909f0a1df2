package org.quanze.law;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One version of a legal document as read from its official text: its title, history lines,
 * the date that made this version, the date it entered into force, and its chapters and articles.
 */
public record LawText(String fileName, String firstLine, String title, List<HistoryLine> history,
                      LocalDate versionDate, LocalDate inForce, String orderNumber, String level,
                      List<LawChapter> chapters, List<LawArticle> articles) {

    public LawText {
        history = List.copyOf(history);
        chapters = List.copyOf(chapters);
        articles = List.copyOf(articles);
    }

    public Optional<LawArticle> article(int number) {
        return articles.stream().filter(a -> a.number() == number).findFirst();
    }

    public Optional<LawChapter> chapter(int number) {
        return chapters.stream().filter(c -> c.number() == number).findFirst();
    }
}
