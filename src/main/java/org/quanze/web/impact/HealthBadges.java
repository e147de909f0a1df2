package org.quanze.web.impact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quanze.queries.Row;
import org.quanze.web.PageQueries;

/**
 * The health badges of the citations a page shows (one per kind of finding), read once per
 * request and only if the page asks: most pages show no citation.
 */
public final class HealthBadges {

    private final PageQueries queries;
    private Map<String, List<String>> byCitation;

    HealthBadges(PageQueries queries) {
        this.queries = queries;
    }

    /** The kinds of finding of a citation (for a 同N, of the citation it repeats), e.g. [misquote]. */
    public List<String> kinds(String citation) {
        if (byCitation == null) {
            byCitation = new HashMap<>();
            for (Row r : queries.rows("health-badges", Map.of())) {
                byCitation.computeIfAbsent(r.iri("citation"), c -> new ArrayList<>()).add(r.text("kind"));
            }
        }
        return citation == null ? List.of() : byCitation.getOrDefault(citation, List.of());
    }
}
