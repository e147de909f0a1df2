package org.quanze.cli;

import java.nio.file.Path;
import org.quanze.assembly.Assembly;
import org.quanze.graph.Iris;
import org.quanze.store.GraphStore;
import org.quanze.store.RemoteEndpoints;
import org.quanze.store.StoreMode;
import org.quanze.store.TextSearch;
import picocli.CommandLine.Option;

/** The options every command that opens the store shares, and the {@link Assembly} they make. */
final class StoreOptions {

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "store",
            description = "The TDB2 store folder (default: ${DEFAULT-VALUE}). Created when missing.")
    Path store;

    @Option(names = "--remote", paramLabel = "URL",
            description = "Use a remote SPARQL 1.1 store instead of the folder: a Fuseki dataset URL such as "
                    + "http://127.0.0.1:3330/ds (its /sparql, /update and /data endpoints). Its default graph must be "
                    + "the union of its named graphs. Any endpoint named below replaces Fuseki's.")
    String remote;

    @Option(names = "--query-endpoint", paramLabel = "URL",
            description = "The remote store's SPARQL query endpoint (Virtuoso: http://127.0.0.1:8890/sparql). "
                    + "With --gsp-endpoint, a remote store without --remote.")
    String queryEndpoint;

    @Option(names = "--update-endpoint", paramLabel = "URL",
            description = "The remote store's SPARQL update endpoint (default: Fuseki's under --remote, else the query endpoint).")
    String updateEndpoint;

    @Option(names = "--gsp-endpoint", paramLabel = "URL",
            description = "The remote store's Graph Store Protocol endpoint (Virtuoso: http://127.0.0.1:8890/sparql-graph-crud, "
                    + "or /sparql-graph-crud-auth with --remote-user).")
    String gspEndpoint;

    @Option(names = "--remote-user", paramLabel = "NAME",
            description = "The user the remote store asks for (HTTP Basic or Digest), with --remote-password.")
    String user;

    @Option(names = "--remote-password", paramLabel = "PASSWORD",
            description = "Its password; when absent, the environment variable QUANZE_REMOTE_PASSWORD (which, unlike an "
                    + "option, does not show in the list of processes).")
    String password;

    @Option(names = "--remote-query-prefix", paramLabel = "TEXT",
            description = "Text sent before every query to the remote store: the engine's own directives (Virtuoso: "
                    + "'DEFINE sql:select-option \"order\"', see the README's Virtuoso profile).")
    String queryPrefix;

    @Option(names = "--remote-text-index", paramLabel = "KIND", defaultValue = "none",
            description = "The remote store's free-text index, which Quanze keeps up to each load and searches with: none "
                    + "(default: texts are scanned) or virtuoso (see the README's Virtuoso profile).")
    String textIndex;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "The namespace under which resources are named (default: ${DEFAULT-VALUE}).")
    String base;

    private Assembly assembly;

    /** The store, the loader and what a load writes, for resources named under {@code --base}. */
    Assembly assembly() {
        if (assembly == null) {
            assembly = Assembly.named(base);
        }
        return assembly;
    }

    Iris iris() {
        return assembly().iris();
    }

    StoreMode mode() {
        return remote != null || queryEndpoint != null || gspEndpoint != null ? StoreMode.REMOTE : StoreMode.EMBEDDED;
    }

    /** The remote store's endpoints: Fuseki's under {@code --remote}, each replaced by one named on its own. */
    RemoteEndpoints endpoints() {
        String secret = password == null && user != null ? System.getenv("QUANZE_REMOTE_PASSWORD") : password;
        return RemoteEndpoints.of(remote, queryEndpoint, updateEndpoint, gspEndpoint, user, secret).withQueryPrefix(queryPrefix)
                .withTextSearch(TextSearch.ofRemoteSetting(textIndex));
    }

    GraphStore open() {
        return switch (mode()) {
            case EMBEDDED -> assembly().openEmbedded(store);
            case REMOTE -> assembly().openRemote(endpoints());
        };
    }
}
