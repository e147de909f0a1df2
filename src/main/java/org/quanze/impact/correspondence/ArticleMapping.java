package org.quanze.impact.correspondence;

import java.util.List;

/**
 * The fate of one old article. {@code reason} says why, in words a reviewer can check: for a
 * derived mapping the evidence found, for an override the curator's reason.
 */
public record ArticleMapping(int oldArticle, ChangeType type, List<Target> targets, MappingSource source,
                             String reason) {

    public ArticleMapping {
        targets = List.copyOf(targets);
        if ((type == ChangeType.REPEALED) != targets.isEmpty()) {
            throw new IllegalArgumentException("article " + oldArticle + ": " + type + " with targets " + targets);
        }
    }

    public List<Integer> newArticles() {
        return targets.stream().map(Target::article).toList();
    }
}
