package org.quanze.impact.correspondence;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.quanze.law.LawArticle;
import org.quanze.law.LawItem;
import org.quanze.law.LawParagraph;
import org.quanze.law.LawText;
import org.quanze.law.Normalised;

/**
 * One article prepared for comparison: its canonical text, its comparable form, its clauses, and
 * each item (项) clause preceded by the clause that introduces the list. Revisions gather
 * stand-alone provisions (X的，对…依法给予处分) into one list (有下列情形之一的，对…依法给予处分：
 * （八）X的); only the item read together with its lead carries the old provision's whole meaning.
 */
record ArticleText(int number, int paragraphCount, String canonical, String comparable, Bigrams bigrams,
                   List<Clause> clauses, List<Clause> itemsInContext, PairWeights weights) {

    /** Canonical text uses half-width ; and : (NFKC), and 。 which has no half-width form. */
    private static final Pattern CLAUSE_END = Pattern.compile("[。;:!?]");
    private static final Pattern PART_END = Pattern.compile(",");

    ArticleText {
        clauses = List.copyOf(clauses);
        itemsInContext = List.copyOf(itemsInContext);
    }

    static List<ArticleText> of(LawText law, PairWeights weights) {
        return law.articles().stream().map(a -> of(a, weights)).toList();
    }

    static ArticleText of(LawArticle article, PairWeights weights) {
        List<Clause> clauses = new ArrayList<>();
        List<Clause> itemsInContext = new ArrayList<>();
        for (LawParagraph p : article.paragraphs()) {
            List<List<String>> lead = clauses(p.lead());
            lead.forEach(c -> clauses.add(Clause.of(article.number(), p.number(), c, weights)));
            String context = lead.stream().map(c -> String.join("", c)).collect(Collectors.joining());
            for (LawItem item : p.items()) {
                for (List<String> c : clauses(item.text())) {
                    Clause clause = Clause.of(article.number(), p.number(), c, weights);
                    clauses.add(clause);
                    if (!context.isEmpty()) {
                        itemsInContext.add(Clause.itemInContext(clause, context, weights));
                    }
                }
            }
        }
        String comparable = Normalised.comparable(article.text());
        return new ArticleText(article.number(), article.paragraphs().size(), Normalised.canonical(article.text()),
                comparable, Bigrams.of(comparable, weights), clauses, itemsInContext, weights);
    }

    /** The clauses of a text, each as its comma-separated parts in comparable form. */
    private static List<List<String>> clauses(String text) {
        return CLAUSE_END.splitAsStream(Normalised.canonical(text))
                .map(c -> PART_END.splitAsStream(c).map(Normalised::comparable).filter(p -> !p.isEmpty()).toList())
                .filter(parts -> parts.stream().mapToInt(String::length).sum() >= 2).toList();
    }

    int length() {
        return comparable.length();
    }

    /** The pairs of the given paragraphs only (of the whole article when none are given). */
    Bigrams bigrams(List<Integer> paragraphs) {
        if (paragraphs.isEmpty()) {
            return bigrams;
        }
        return Bigrams.concat(clauses.stream().filter(c -> paragraphs.contains(c.paragraph()))
                .map(Clause::bigrams).toList(), weights);
    }
}
