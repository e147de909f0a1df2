package org.quanze.cli;

import java.nio.file.Path;
import org.quanze.assembly.Assembly;
import org.quanze.graph.Iris;
import org.quanze.store.GraphStore;
import org.quanze.store.RemoteEndpoints;
import org.quanze.store.StoreMode;
import picocli.CommandLine.Option;

/** The options every command that opens the store shares, and the {@link Assembly} they make. */
final class StoreOptions {

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "store",
            description = "The TDB2 store folder (default: ${DEFAULT-VALUE}). Created when missing.")
    Path store;

    @Option(names = "--remote", paramLabel = "URL",
            description = "Use a remote SPARQL 1.1 store instead of the folder: a Fuseki dataset URL such as "
                    + "http://127.0.0.1:3330/ds (its /sparql, /update and /data endpoints). Its default graph must be "
                    + "the union of its named graphs.")
    String remote;

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
        return remote != null ? StoreMode.REMOTE : StoreMode.EMBEDDED;
    }

    GraphStore open() {
        return switch (mode()) {
            case EMBEDDED -> assembly().openEmbedded(store);
            case REMOTE -> assembly().openRemote(RemoteEndpoints.fuseki(remote));
        };
    }
}
