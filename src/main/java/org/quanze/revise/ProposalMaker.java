package org.quanze.revise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quanze.reading.CitationRecord;
import org.quanze.reading.GraphReader;
import org.quanze.reading.OfficialArticle;
import org.quanze.impact.Successors;
import org.quanze.impact.correspondence.ChangeType;
import org.quanze.impact.report.ImpactRow;
import org.quanze.ingest.ChineseNumerals;

/**
 * Turns one row of an impact report (a citation of the old version and what became of its
 * article) into the edit of its basis item: the new article reference(s) — chapter where the list
 * writes chapters, paragraph and item where it cites them — and the new official text quoted, and
 * says what a person must judge ({@link ReviewReason}).
 */
final class ProposalMaker {

    private final GraphReader reader;
    private final Map<String, Optional<OfficialArticle>> articles = new HashMap<>();

    ProposalMaker(GraphReader reader) {
        this.reader = reader;
    }

    /** The edit and the reasons for review, for a citation of the old version; the edit is empty when nothing can be proposed. */
    record Made(Optional<ItemRewriter.Edit> edit, List<ItemRewriter.Target> targets, List<ReviewReason> reasons) {
    }

    Made make(ImpactRow row, String newHistory) {
        CitationRecord c = row.citation();
        CitationRecord.Written w = c.written();
        List<ReviewReason> reasons = new ArrayList<>(reasonsOf(row.change()));
        if (row.change() == ChangeType.REPEALED || row.targets().isEmpty()) {
            return new Made(Optional.empty(), List.of(), reasons);
        }
        Optional<OfficialArticle> old = article(c.resolved().article());
        boolean quotes = w.quote() != null && !w.quote().isBlank();
        List<ItemRewriter.Target> targets = new ArrayList<>();
        for (Successors.Target t : row.targets()) {
            Optional<OfficialArticle> next = article(t.article());
            if (next.isEmpty()) {
                reasons.add(ReviewReason.NO_NEW_TEXT);
                return new Made(Optional.empty(), List.of(), distinct(reasons));
            }
            targets.add(target(w, old, next.get(), t.paragraphs(), quotes, reasons));
        }
        if (quotes && old.isPresent() && !Likeness.same(w.quote(), unitText(old.get(), w.paragraph(), w.itemNumber()))) {
            Optional<String> counterpart = targets.size() == 1 && row.targets().get(0).paragraphs().isEmpty()
                    && w.paragraph() == null
                    ? counterpart(w.quote(), old.get(), article(row.targets().get(0).article()).get()) : Optional.empty();
            if (counterpart.isPresent()) {
                targets.set(0, new ItemRewriter.Target(targets.get(0).reference(), quoted(counterpart.get())));
                reasons.add(ReviewReason.EXCERPT);
            } else {
                reasons.add(ReviewReason.EXCERPT_WHOLE);
            }
        }
        ItemRewriter.Edit edit = new ItemRewriter.Edit(w.history(), w.history() == null ? null : newHistory,
                w.reference(), quotes ? w.quote() : "", targets);
        return new Made(Optional.of(edit), targets, distinct(reasons));
    }

    private static List<ReviewReason> reasonsOf(ChangeType change) {
        return switch (change) {
            case SPLIT -> List.of(ReviewReason.SPLIT);
            case MERGED -> List.of(ReviewReason.MERGED);
            case REPEALED -> List.of(ReviewReason.REPEALED);
            case AMENDED -> List.of(ReviewReason.AMENDED);
            case UNCHANGED, RENUMBERED, ADDED -> List.of();
        };
    }

    /** The reference and quote of one new article, narrowed to the paragraph and item the list cites. */
    private ItemRewriter.Target target(CitationRecord.Written w, Optional<OfficialArticle> old, OfficialArticle next,
                                       List<Integer> carrying, boolean quotes, List<ReviewReason> reasons) {
        Integer paragraph = null;
        Integer item = null;
        if (carrying.size() == 1) {
            paragraph = carrying.get(0);
        } else if (carrying.isEmpty() && w.paragraph() != null) {
            paragraph = paragraph(old.flatMap(o -> o.paragraph(w.paragraph())).map(OfficialArticle.Paragraph::text)
                    .orElse(w.quote()), next, reasons);
        }
        if (w.itemNumber() != null && paragraph != null) {
            item = item(w, old, next, paragraph, reasons);
        }
        StringBuilder ref = new StringBuilder();
        if (w.chapter() != null && next.chapterNumber() != null) {
            ref.append('第').append(ChineseNumerals.format(next.chapterNumber())).append('章');
        }
        ref.append('第').append(ChineseNumerals.format(next.number())).append('条');
        if (paragraph != null) {
            ref.append('第').append(ChineseNumerals.format(paragraph)).append('款');
        }
        if (item != null) {
            boolean brackets = w.reference() != null && w.reference().contains("（");
            ref.append('第').append(brackets ? "（" : "").append(ChineseNumerals.format(item)).append(brackets ? "）" : "")
                    .append('项');
        }
        return new ItemRewriter.Target(ref.toString(), quotes ? quoted(unitText(next, paragraph, item)) : "");
    }

    /**
     * The paragraph of the new article that carries the old one: the one with the same words, else the
     * most alike (said for review); none when the new article has a single paragraph.
     */
    private static Integer paragraph(String oldText, OfficialArticle next, List<ReviewReason> reasons) {
        if (next.paragraphs().size() <= 1) {
            return null;
        }
        for (OfficialArticle.Paragraph p : next.paragraphs()) {
            if (Likeness.same(p.text(), oldText)) {
                return p.number();
            }
        }
        reasons.add(ReviewReason.PARAGRAPH_CHOSEN);
        return next.paragraphs().stream().max(Comparator.comparingDouble(p -> Likeness.of(p.text(), oldText)))
                .map(OfficialArticle.Paragraph::number).orElse(null);
    }

    private static Integer item(CitationRecord.Written w, Optional<OfficialArticle> old, OfficialArticle next, int paragraph,
                                List<ReviewReason> reasons) {
        Optional<String> oldItem = old.flatMap(o -> o.paragraph(w.paragraph() == null ? 1 : w.paragraph()))
                .flatMap(p -> p.items().stream().filter(i -> i.number() == w.itemNumber()).findFirst())
                .map(OfficialArticle.Item::text);
        List<OfficialArticle.Item> items = next.paragraph(paragraph).map(OfficialArticle.Paragraph::items).orElse(List.of());
        if (oldItem.isPresent()) {
            for (OfficialArticle.Item i : items) {
                if (Likeness.same(i.text(), oldItem.get())) {
                    return i.number();
                }
            }
        }
        reasons.add(ReviewReason.ITEM_CHOSEN);
        return items.stream().anyMatch(i -> i.number() == w.itemNumber()) ? w.itemNumber() : null;
    }

    /**
     * A list that cites a whole article but quotes one paragraph of it quotes, in the draft, the paragraph
     * of the new article that carries it (the same words, else the most alike); empty when the quote is
     * not one paragraph of the old article, or the new article has one paragraph only.
     */
    private static Optional<String> counterpart(String quote, OfficialArticle old, OfficialArticle next) {
        Optional<OfficialArticle.Paragraph> quoted = old.paragraphs().stream()
                .filter(p -> Likeness.same(p.text(), quote)).findFirst();
        if (quoted.isEmpty() || next.paragraphs().size() <= 1) {
            return Optional.empty();
        }
        String text = quoted.get().text();
        return next.paragraphs().stream().filter(p -> Likeness.same(p.text(), text)).findFirst()
                .or(() -> next.paragraphs().stream().max(Comparator.comparingDouble(p -> Likeness.of(p.text(), text))))
                .map(OfficialArticle.Paragraph::text);
    }

    /** The text of the cited unit: the item, the paragraph, or the whole article. */
    private static String unitText(OfficialArticle a, Integer paragraph, Integer item) {
        if (paragraph == null) {
            return a.text();
        }
        Optional<OfficialArticle.Paragraph> p = a.paragraph(paragraph);
        if (item != null) {
            Optional<String> text = p.flatMap(x -> x.items().stream().filter(i -> i.number() == item).findFirst())
                    .map(OfficialArticle.Item::text);
            if (text.isPresent()) {
                return text.get();
            }
        }
        return p.map(OfficialArticle.Paragraph::text).orElse(a.text());
    }

    /** Official text as a cell quotes it: on one line (the line breaks of the official layout are layout). */
    private static String quoted(String text) {
        return text.replaceAll("\\s*\\R\\s*", "");
    }

    private Optional<OfficialArticle> article(String iri) {
        return articles.computeIfAbsent(iri, a -> OfficialArticle.read(reader, a));
    }

    private static List<ReviewReason> distinct(List<ReviewReason> reasons) {
        return reasons.stream().distinct().toList();
    }
}
