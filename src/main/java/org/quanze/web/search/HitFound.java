package org.quanze.web.search;

import java.util.Comparator;
import org.quanze.queries.Fills;

/**
 * A row of {@code search-index.rq}: a hit of the text index, the rank of the field it was found in (names 1, texts 2,
 * quotes 3), its score there and the literal matched (its kind is read from its IRI: {@link HitKind}).
 */
@Fills("search-index")
record HitFound(String hit, Integer rank, Double score, String literal) {

    /** Names first, then texts, then quotes; in each the best score first; then by IRI, so that the order is one. */
    static final Comparator<HitFound> BEST_FIRST = Comparator.comparing(HitFound::rank)
            .thenComparing(HitFound::score, Comparator.reverseOrder()).thenComparing(HitFound::hit);
}
