package org.quanze.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * Backups of the whole store as gzipped N-Quads, written from one read transaction (a consistent
 * snapshot) and restored in one write transaction. Backups kept by the server live in one folder,
 * named {@code quanze-YYYYMMDD-HHMMSS.nq.gz}; only such names are ever opened there.
 */
public record Backups(Path folder, Clock clock) {

    private static final Pattern NAME = Pattern.compile("quanze-\\d{8}-\\d{6}(-\\d+)?\\.nq\\.gz");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** Writes the whole store, gzipped N-Quads, to {@code out}. */
    public static void write(GraphStore store, OutputStream out) {
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            store.export(gzip, Lang.NQUADS);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the backup", e);
        }
    }

    /** Reads a backup (gzipped or plain N-Quads) into memory; a broken one is refused with the reason. */
    public static DatasetGraph read(InputStream in) {
        try {
            BufferedInputStream buffered = new BufferedInputStream(in);
            buffered.mark(2);
            int first = buffered.read();
            int second = buffered.read();
            buffered.reset();
            InputStream data = first == 0x1f && second == 0x8b ? new GZIPInputStream(buffered) : buffered;
            DatasetGraph dataset = DatasetGraphFactory.create();
            RDFParser.source(data).lang(Lang.NQUADS).parse(dataset);
            return dataset;
        } catch (IOException | RiotException e) {
            throw new IllegalArgumentException("not a Quanze backup (gzipped N-Quads): " + e.getMessage(), e);
        }
    }

    /** Writes a new backup into the folder and returns its name. */
    public String create(GraphStore store) {
        try {
            Files.createDirectories(folder);
            String base = "quanze-" + LocalDateTime.now(clock).format(STAMP);
            Path file = folder.resolve(base + ".nq.gz");
            for (int n = 2; Files.exists(file); n++) {
                file = folder.resolve(base + "-" + n + ".nq.gz");
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                write(store, out);
            }
            return file.getFileName().toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a backup into " + folder, e);
        }
    }

    /** The backups in the folder, newest first. */
    public List<String> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> NAME.matcher(n).matches())
                    .sorted(java.util.Comparator.comparing(Backups::sortKey).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** quanze-20261129-100000-2.nq.gz → 20261129-100000-0002, so that the second backup of a second sorts after the first. */
    private static String sortKey(String name) {
        String stem = name.substring("quanze-".length(), name.length() - ".nq.gz".length());
        String[] parts = stem.split("-");
        int n = parts.length > 2 ? Integer.parseInt(parts[2]) : 1;
        return parts[0] + "-" + parts[1] + "-" + String.format("%04d", n);
    }

    /** The file of a backup by its name; empty for any other name (so no path can reach outside the folder). */
    public Optional<Path> file(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path file = folder.resolve(name);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }
}
