package org.quanze.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.riot.Lang;
import org.quanze.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code quanze export}: the whole store in one RDF format. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the whole store. N-Quads, TriG and JSON-LD keep the named graphs (one per source "
                + "file); Turtle writes their union."})
final class ExportCommand extends StoreCommand {

    /** The formats export writes. */
    enum Format {
        nquads(Lang.NQUADS), trig(Lang.TRIG), turtle(Lang.TURTLE), jsonld(Lang.JSONLD);

        private final Lang lang;

        Format(Lang lang) {
            this.lang = lang;
        }
    }

    @Option(names = "--format", defaultValue = "nquads",
            description = "nquads, trig, turtle or jsonld (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--output", paramLabel = "FILE", description = "Where to write (default: standard output).")
    private Path output;

    @Override
    public Integer call() {
        try (GraphStore store = storeOptions.open()) {
            if (output == null) {
                store.export(System.out, format.lang);
                System.out.flush();
            } else {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output))) {
                    store.export(out, format.lang);
                }
            }
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + output, e);
        }
    }
}
