package org.quanze.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.quanze.store.Backups;
import org.quanze.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code quanze backup}: the whole store as gzipped N-Quads, from one consistent snapshot. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Writes the whole store (every named graph) as gzipped N-Quads, read in one transaction, "
                + "so the backup is consistent even while the server loads. Restore it with 'restore'."})
final class BackupCommand extends StoreCommand {

    @Parameters(paramLabel = "FILE.nq.gz", description = "Where to write the backup.")
    private Path output;

    @Override
    public Integer call() {
        try (GraphStore store = storeOptions.open(); OutputStream out = Files.newOutputStream(output)) {
            Backups.write(store, out);
            stdout().printf("backup of %d quads written to %s%n", store.size(), output);
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + output, e);
        }
    }
}
