package org.quanze.web.power;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.quanze.graph.PowerFacet;
import org.quanze.store.GraphStore;
import org.quanze.web.PageQueries;
import org.quanze.web.PerGeneration;
import org.springframework.stereotype.Component;

/**
 * The values the powers page filters by, with how many powers have each ({@code powers-facets.rq}, adding up the
 * counts each load keeps per list), read once for each generation of the store: only a write changes them, and at
 * 100× reading them took 0.3–0.4 s of every request. They also give the count of powers of the page when at most
 * one filter is set.
 */
@Component
class PowerFacets {

    /** The values by facet: the page offers each facet's in its own select (3,109 values at 100×). */
    private final PerGeneration<Map<String, List<Facet>>> facets;

    PowerFacets(PageQueries queries, GraphStore store) {
        this.facets = new PerGeneration<>(store, () -> Map.copyOf(queries.list("powers-facets", Map.of(), Facet.class)
                .stream().collect(Collectors.groupingBy(Facet::facet))));
    }

    /** The values of each facet (category, unit, list), by label; a facet no power has is not there. */
    Map<String, List<Facet>> byFacet() {
        return facets.get();
    }

    /** The values of one facet, by label. */
    List<Facet> of(PowerFacet facet) {
        return byFacet().getOrDefault(facet.code(), List.of());
    }

    /**
     * How many powers the filters keep, when the facets tell: none set (every list's powers added up: a power is in
     * one list) or one whose value is offered. Empty when two or more are set, a value is not offered (a unit
     * without a label, say), or the store keeps no counts: then the powers are counted.
     *
     * @param filters facet (category, unit, list) to the value's IRI, for the filters set
     */
    Optional<Long> count(Map<String, String> filters) {
        if (byFacet().isEmpty() || filters.size() > 1) {
            return Optional.empty();
        }
        if (filters.isEmpty()) {
            return Optional.of(of(PowerFacet.LIST).stream().mapToLong(Facet::n).sum());
        }
        Map.Entry<String, String> only = filters.entrySet().iterator().next();
        return byFacet().getOrDefault(only.getKey(), List.of()).stream().filter(f -> f.value().equals(only.getValue()))
                .map(Facet::n).findFirst();
    }
}
