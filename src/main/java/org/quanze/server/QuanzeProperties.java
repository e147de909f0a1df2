package org.quanze.server;

import org.quanze.graph.Iris;
import org.quanze.store.StoreMode;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The settings of the server, under {@code quanze.*}.
 *
 * @param store           where the graph lives
 * @param baseIri         the namespace under which resources are named
 * @param loadBundledData whether to load the bundled data when the store holds no list yet
 * @param library         the law library: {@code library.load-all} loads all of it at start, not only the
 *                        texts of the documents the loaded lists cite
 */
@ConfigurationProperties(prefix = "quanze")
public record QuanzeProperties(Store store, String baseIri, boolean loadBundledData, Library library) {

    /** The law library's setting: whether the server loads every text of it (a start with the store short of any). */
    public record Library(boolean loadAll) {
    }

    /**
     * The store: {@code embedded} (a TDB2 folder at {@code path}) or {@code remote} (a SPARQL 1.1
     * store; {@code remote.url} is a Fuseki dataset URL, or the three endpoints are given one by one).
     * The mode is read by {@link StoreMode#parse} (any case; an unknown one stops the start, naming the modes).
     */
    public record Store(StoreMode mode, String path, Remote remote) {
        public Store {
            mode = mode == null ? StoreMode.EMBEDDED : mode;
            path = path == null || path.isBlank() ? "store" : path;
            remote = remote == null ? new Remote(null, null, null, null, null, null, null, null) : remote;
        }
    }

    /**
     * The remote store's endpoints; any endpoint not given follows Fuseki's names under {@code url}
     * (without {@code url}, the update endpoint defaults to the query endpoint, as on Virtuoso). A user
     * and password, when the store asks for them (Virtuoso's {@code /sparql-graph-crud-auth}); a text sent
     * before every query (the engine's own directives, see {@link org.quanze.store.RemoteEndpoints}); the store's
     * free-text index that searches may use ({@code none}, the default, or {@code virtuoso}: see
     * {@link org.quanze.store.VirtuosoFreeText}).
     */
    public record Remote(String url, String queryEndpoint, String updateEndpoint, String gspEndpoint, String user,
            String password, String queryPrefix, String textIndex) {
    }

    public QuanzeProperties {
        store = store == null ? new Store(null, null, null) : store;
        baseIri = baseIri == null || baseIri.isBlank() ? Iris.DEFAULT_BASE : baseIri;
        library = library == null ? new Library(false) : library;
    }
}
