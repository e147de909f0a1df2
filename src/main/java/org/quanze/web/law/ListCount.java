package org.quanze.web.law;

import java.util.Optional;
import org.quanze.graph.Iris;
import org.quanze.graph.MintedIri;
import org.quanze.queries.Fills;

/**
 * How many citations of an article one list (in its graph) holds for one role: a count kept at load time,
 * with the role's code as the load wrote it (impact.ArticleTallies, through CitationRole).
 */
record ListCount(String graph, String list, String role, long n) {

    /** A row of {@code article-citers-by-list.rq}: a kept tally of the article, the health graph keeping it, its count. */
    @Fills("article-citers-by-list")
    record Kept(String tally, String health, long n) {
    }

    /**
     * The count a kept tally gives, its list and role read from the tally's IRI ({@code ARTICLE/tally/LIST/ROLE}) and
     * the list file's graph from the health graph's; empty for an IRI the scheme does not mint as a tally.
     */
    static Optional<ListCount> of(Iris iris, Kept kept) {
        return iris.parse(kept.tally()).filter(MintedIri.TallyIri.class::isInstance).map(MintedIri.TallyIri.class::cast)
                .map(t -> new ListCount(iris.checkedGraphOf(kept.health()), iris.base() + "list/" + t.list().slug(),
                        t.role().code(), kept.n()));
    }
}
