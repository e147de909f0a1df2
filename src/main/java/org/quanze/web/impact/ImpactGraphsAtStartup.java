package org.quanze.web.impact;

import org.quanze.impact.ImpactGraphs;
import org.quanze.store.GraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * With {@code quanze.impact.refresh-on-start=true}: once the server is up (after the bundled data
 * is loaded on a first start), brings the correspondence and health graphs up to date with what
 * the store holds, for a store loaded by a loader that does not write them (see
 * {@code ImpactGraphs.contributor}). Writes nothing when they are current. Off by default: the
 * loads write them.
 */
@Component
@ConditionalOnProperty(name = "quanze.impact.refresh-on-start", havingValue = "true")
class ImpactGraphsAtStartup {

    private static final Logger LOG = LoggerFactory.getLogger(ImpactGraphsAtStartup.class);

    private final GraphStore store;
    private final ImpactGraphs graphs;

    ImpactGraphsAtStartup(GraphStore store, ImpactGraphs graphs) {
        this.store = store;
        this.graphs = graphs;
    }

    @EventListener(ApplicationReadyEvent.class)
    void refresh() {
        try {
            if (graphs.refresh(store)) {
                LOG.info("article correspondence and citation health graphs brought up to date");
            }
        } catch (RuntimeException e) {
            // The pages that need them say they are missing; the server itself must still come up.
            LOG.warn("article correspondence and citation health graphs not updated: {}", e.getMessage());
        }
    }
}
