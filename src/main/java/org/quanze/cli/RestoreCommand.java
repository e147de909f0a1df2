package org.quanze.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.quanze.store.Backups;
import org.quanze.store.GraphStore;
import org.quanze.store.ValidationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code quanze restore}: puts a backup in place of everything in the store. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Replaces the whole store with a backup made by 'backup', in one transaction: the derived "
                + "facts are recomputed and the shapes checked first; a backup that does not conform changes nothing.",
                "Exit status: 0 when restored, 1 when refused."})
final class RestoreCommand extends StoreCommand {

    @Parameters(paramLabel = "FILE.nq.gz", description = "The backup to restore.")
    private Path input;

    @Override
    public Integer call() {
        var data = read();
        try (GraphStore store = storeOptions.open()) {
            store.replaceAll(data);
            stdout().printf("restored %s: %d quads%n", input, store.size());
            return 0;
        } catch (ValidationException e) {
            stdout().println("refused: " + e.getMessage());
            return 1;
        }
    }

    private org.apache.jena.sparql.core.DatasetGraph read() {
        try (InputStream in = Files.newInputStream(input)) {
            return Backups.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + input, e);
        }
    }
}
