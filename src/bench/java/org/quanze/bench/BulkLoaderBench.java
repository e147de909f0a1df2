package org.quanze.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.riot.Lang;
import org.quanze.assembly.Assembly;
import org.quanze.store.GraphStore;

/**
 * Jena's bulk loader over the same quads: the store Quanze wrote, exported as N-Quads, loaded by
 * {@code tdb2.tdbloader} (the standalone Fuseki jar) into a fresh TDB2 folder, as its own process.
 */
final class BulkLoaderBench {

    private static final Pattern TIME = Pattern.compile("Time = ([\\d,.]+) seconds");

    /** One run: the loader's own time (its "Time =" line), the process's wall time, and the folder's size. */
    record Run(long millis, long wallMillis, long storeBytes) {
    }

    private BulkLoaderBench() {
    }

    /** Exports the store (its TDB2 folder must not be open elsewhere) as N-Quads into {@code file}. */
    static void export(Path store, Path file) {
        try (GraphStore tdb = Assembly.standard().openEmbedded(store);
             OutputStream out = Files.newOutputStream(file)) {
            tdb.export(out, Lang.NQUADS);
            IngestBench.release(tdb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Run run(Path jar, Path nquads, Path location, String loader) {
        IngestBench.delete(location);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", jar.toString(), "tdb2.tdbloader", "--loc", location.toString()));
        if (loader != null) {
            cmd.add("--loader=" + loader);
        }
        cmd.add(nquads.toString());
        try {
            long start = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = p.waitFor();
            long wall = (System.nanoTime() - start) / 1_000_000;
            if (exit != 0) {
                throw new IllegalStateException("tdb2.tdbloader failed (" + exit + "):\n" + output);
            }
            Matcher m = TIME.matcher(output);
            long own = m.find() ? Math.round(Double.parseDouble(m.group(1).replace(",", "")) * 1000) : wall;
            return new Run(own, wall, IngestBench.folderSize(location));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
