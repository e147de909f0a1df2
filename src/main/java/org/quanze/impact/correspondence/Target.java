package org.quanze.impact.correspondence;

import java.util.List;

/**
 * A new article that holds (part of) an old article's content. {@code paragraphs} lists the
 * paragraphs (款) concerned when they are only some of the article's paragraphs, and is empty
 * when the whole article is the successor. {@code similarity} (0–1) compares the old text that
 * went there with the text found there.
 */
public record Target(int article, List<Integer> paragraphs, double similarity) {

    public Target {
        if (article <= 0) {
            throw new IllegalArgumentException("article number must be positive: " + article);
        }
        paragraphs = List.copyOf(paragraphs);
    }

    /** 第五十二条第二款 style label with Arabic numbers: 52, 52(2), 43(3,4). */
    public String label() {
        if (paragraphs.isEmpty()) {
            return Integer.toString(article);
        }
        return article + "(" + String.join(",", paragraphs.stream().map(String::valueOf).toList()) + ")";
    }
}
