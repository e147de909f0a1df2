package org.quanze.cli;

import java.nio.file.Path;
import org.quanze.graph.Iris;
import org.quanze.graph.Ontology;
import org.quanze.store.GraphStore;
import org.quanze.store.RemoteEndpoints;
import org.quanze.store.RemoteStore;
import org.quanze.store.Tdb2Store;
import picocli.CommandLine.Option;

/** The options every command that opens the store shares. */
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

    Iris iris() {
        return new Iris(base);
    }

    GraphStore open(Ontology ontology) {
        if (remote != null) {
            return new RemoteStore(RemoteEndpoints.fuseki(remote), iris().derivedGraph(), ontology);
        }
        return Tdb2Store.open(store, iris().derivedGraph(), ontology);
    }
}
