package org.quanze.web.impact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quanze.web.PageQueries;

/**
 * The health badges of the citations of one power (one per kind of finding), read once, when its
 * page shows the first citation: the findings of that power only, however many lists the store holds.
 */
public final class HealthBadges {

    private final PageQueries queries;
    private final String power;
    private Map<String, List<String>> byCitation;

    private HealthBadges(PageQueries queries, String power) {
        this.queries = queries;
        this.power = power;
    }

    public static HealthBadges ofPower(PageQueries queries, String power) {
        return new HealthBadges(queries, power);
    }

    /** The kinds of finding of a citation (for a 同N, of the citation it repeats), e.g. [misquote]. */
    public List<String> kinds(String citation) {
        if (byCitation == null) {
            byCitation = new HashMap<>();
            for (CitationBadge r : queries.list("health-badges", PageQueries.iri("power", power), CitationBadge.class)) {
                byCitation.computeIfAbsent(r.citation(), c -> new ArrayList<>()).add(r.kind());
            }
        }
        return citation == null ? List.of() : byCitation.getOrDefault(citation, List.of());
    }
}
