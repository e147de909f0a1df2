package org.quanze.cli;

import java.nio.file.Path;
import org.quanze.graph.Iris;
import org.quanze.graph.Ontology;
import org.quanze.store.Tdb2Store;
import picocli.CommandLine.Option;

/** The options every command that opens the store shares. */
final class StoreOptions {

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "store",
            description = "The TDB2 store folder (default: ${DEFAULT-VALUE}). Created when missing.")
    Path store;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "The namespace under which resources are named (default: ${DEFAULT-VALUE}).")
    String base;

    Iris iris() {
        return new Iris(base);
    }

    Tdb2Store open(Ontology ontology) {
        return Tdb2Store.open(store, iris().derivedGraph(), ontology);
    }
}
