package org.quanze.impact.correspondence;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One old article's mapping as a flat table row. Where there are several targets, the new
 * articles, paragraphs and similarities are listed in the same order, separated by {@code ;};
 * a paragraph entry is {@code -} when the whole article is the target.
 */
public record CorrespondenceRow(String documentTitle, LocalDate oldVersionDate, int oldArticle, ChangeType type,
                                String newArticles, String newParagraphs, String similarity, String source,
                                String reason) {

    public static final List<String> HEADER = List.of("document", "old_version", "old_article", "type",
            "new_articles", "new_paragraphs", "similarity", "source", "reason");

    static CorrespondenceRow of(String title, LocalDate oldVersion, ArticleMapping m) {
        List<Target> targets = m.targets();
        return new CorrespondenceRow(title, oldVersion, m.oldArticle(), m.type(),
                join(targets.stream().map(t -> Integer.toString(t.article())).toList()),
                join(targets.stream().map(CorrespondenceRow::paragraphs).toList()),
                join(targets.stream().map(t -> String.format(Locale.ROOT, "%.3f", t.similarity())).toList()),
                m.source().label(), m.reason());
    }

    /** The row's cells in {@link #HEADER} order. */
    public List<String> cells() {
        return List.of(documentTitle, oldVersionDate.toString(), Integer.toString(oldArticle), type.name(),
                newArticles, newParagraphs, similarity, source, reason);
    }

    private static String paragraphs(Target t) {
        return t.paragraphs().isEmpty() ? "-"
                : t.paragraphs().stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static String join(List<String> parts) {
        return String.join(";", parts);
    }
}
