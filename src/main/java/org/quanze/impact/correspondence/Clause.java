package org.quanze.impact.correspondence;

import java.util.List;

/**
 * A clause of an article: the text between two of 。；： or line ends, in comparable form.
 * Revisions move, split and merge provisions at about this size, far more often than whole
 * paragraphs, so this is the unit whose new home is looked for. {@code parts} are its
 * comma-separated pieces, for a clause whose pieces went to different places; {@code context} is
 * null except for an item read after the lead of its list ({@link ArticleText#itemsInContext()}).
 */
record Clause(int article, int paragraph, String text, Bigrams bigrams, List<Bigrams> parts, Context context) {

    /** The plain item clause, and the pairs of the lead alone, to tell what the item adds. */
    record Context(Clause item, Bigrams lead) {
    }

    /** A clause from its comma-separated parts, in comparable form. */
    static Clause of(int article, int paragraph, List<String> parts, PairWeights weights) {
        String text = String.join("", parts);
        return new Clause(article, paragraph, text, Bigrams.of(text, weights),
                parts.stream().map(p -> Bigrams.of(p, weights)).toList(), null);
    }

    static Clause itemInContext(Clause item, String lead, PairWeights weights) {
        String text = lead + item.text();
        return new Clause(item.article(), item.paragraph(), text, Bigrams.of(text, weights), List.of(),
                new Context(item, Bigrams.of(lead, weights)));
    }

    /** The clause as it stands in the text: the item itself for an item read with its lead. */
    Clause plain() {
        return context == null ? this : context.item();
    }

    int length() {
        return text.length();
    }
}
