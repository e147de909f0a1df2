package org.quanze.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * Opens a TDB2 folder, turning TDB2's terse refusals into messages a person can act on: the
 * folder is in use by another process (TDB2 allows one JVM per folder).
 */
final class StoreLock {

    private StoreLock() {
    }

    static Dataset connect(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the store folder " + folder, e);
        }
        try {
            return TDB2Factory.connectDataset(Location.create(folder.toString()));
        } catch (RuntimeException e) {
            throw new StoreUnavailableException("cannot open the store " + folder.toAbsolutePath()
                    + ": " + e.getMessage() + " — is another Quanze process (a server or a load) using it? "
                    + "Stop it, or point --store / quanze.store.path at another folder.", e);
        }
    }
}
