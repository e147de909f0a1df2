package org.quanze.web.impact;

import org.quanze.health.HealthGraph;
import org.quanze.impact.ImpactGraphs;
import org.quanze.reading.GraphReader;
import org.quanze.store.GraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the server is up (after the bundled data is loaded on a first start), brings the correspondence
 * and health graphs up to date with what the store holds:
 * <ul>
 * <li>always, when the store's findings graphs are of an older {@link HealthGraph#FORMAT} (a store
 *     written by an earlier release lacks counts the pages now read: they would show zeros);</li>
 * <li>with {@code quanze.impact.refresh-on-start=true}, in any case: for a store loaded by a loader
 *     that does not write them (see {@code ImpactGraphs.contributor}).</li>
 * </ul>
 * Writes nothing when they are current.
 */
@Component
class ImpactGraphsAtStartup {

    private static final Logger LOG = LoggerFactory.getLogger(ImpactGraphsAtStartup.class);

    private final GraphStore store;
    private final ImpactGraphs graphs;
    private final boolean always;

    ImpactGraphsAtStartup(GraphStore store, ImpactGraphs graphs,
                          @Value("${quanze.impact.refresh-on-start:false}") boolean always) {
        this.store = store;
        this.graphs = graphs;
        this.always = always;
    }

    @EventListener(ApplicationReadyEvent.class)
    void refresh() {
        try {
            if (!always && !outdated()) {
                return;
            }
            if (graphs.refresh(store)) {
                LOG.info("article correspondence and citation health graphs brought up to date");
            }
        } catch (RuntimeException e) {
            // The pages that need them say they are missing; the server itself must still come up.
            // With its trace: a failure whose message is null (as a remote store's can be) said nothing else.
            LOG.warn("article correspondence and citation health graphs not updated: {}", e.toString(), e);
        }
    }

    /** Whether the store's findings were computed, but in an older format than this release writes. */
    private boolean outdated() {
        GraphReader reader = GraphReader.of(store);
        boolean outdated = HealthGraph.computed(reader, graphs.healthGraph())
                && !HealthGraph.current(reader, graphs.healthGraph());
        if (outdated) {
            LOG.info("the store's citation findings are of an older format than this release's ({}): recomputing them",
                    HealthGraph.FORMAT);
        }
        return outdated;
    }
}
