package org.quanze.server;

import org.quanze.graph.Iris;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The settings of the server, under {@code quanze.*}.
 *
 * @param storePath         the TDB2 store folder
 * @param baseIri           the namespace under which resources are named
 * @param loadBundledData   whether to load the bundled data when the store holds no list yet
 */
@ConfigurationProperties(prefix = "quanze")
public record QuanzeProperties(Store store, String baseIri, boolean loadBundledData) {

    /** The store settings. */
    public record Store(String path) {
        public Store {
            path = path == null || path.isBlank() ? "store" : path;
        }
    }

    public QuanzeProperties {
        store = store == null ? new Store(null) : store;
        baseIri = baseIri == null || baseIri.isBlank() ? Iris.DEFAULT_BASE : baseIri;
    }
}
