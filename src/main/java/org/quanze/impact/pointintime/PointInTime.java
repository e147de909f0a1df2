package org.quanze.impact.pointintime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.quanze.graph.Iris;
import org.quanze.health.QuoteCheck;
import org.quanze.impact.ArticleInForce;
import org.quanze.reading.CitationRecord;
import org.quanze.reading.Citations;
import org.quanze.reading.GraphReader;
import org.quanze.reading.OfficialArticle;

/**
 * A list as it would read under the versions in force on a given day: for each citation, the
 * article in force then and whether it still says what the list quotes.
 */
public final class PointInTime {

    private final ArticleInForce inForce;

    public PointInTime(Iris iris) {
        this.inForce = new ArticleInForce(iris);
    }

    public List<PointInTimeRow> read(GraphReader reader, String listIri, LocalDate day) {
        Map<String, Optional<OfficialArticle>> texts = new HashMap<>();
        List<PointInTimeRow> rows = new ArrayList<>();
        for (CitationRecord c : Citations.ofList(reader, listIri)) {
            CitationRecord.Resolved r = c.resolved();
            ArticleInForce.InForce then = inForce.on(reader, r.documentKey(), r.version(), r.article(), r.articleNumber(), day);
            List<OfficialArticle> articles = then.targets().stream()
                    .map(t -> texts.computeIfAbsent(t.article(), a -> OfficialArticle.read(reader, a)))
                    .flatMap(Optional::stream).toList();
            String text = articles.isEmpty() ? null : then.targets().stream()
                    .map(t -> texts.get(t.article()).map(a -> a.text(t.paragraphs())).orElse(""))
                    .collect(Collectors.joining("\n"));
            rows.add(new PointInTimeRow(c, then, text, quote(c, then, articles)));
        }
        return rows;
    }

    /** The best the quote does against the article(s) in force: it still says it if it matches any of them. */
    private static QuoteCheck.Verdict quote(CitationRecord c, ArticleInForce.InForce then, List<OfficialArticle> articles) {
        CitationRecord.Written w = c.written();
        if (w.quote() == null || w.quote().isBlank() || articles.isEmpty()) {
            return null;
        }
        boolean same = then.status() == ArticleInForce.Status.SAME;
        return articles.stream()
                .map(a -> QuoteCheck.check(w.quote(), a, same ? w.paragraph() : null, same ? w.itemNumber() : null).verdict())
                .min(Comparator.naturalOrder()).orElse(null);
    }
}
