package org.quanze.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * N-Quads written as they come into gzip-compressed files of about {@code lines} lines each
 * ({@code part-00001.nq.gz}, …), a new file begun only where the graph changes, so that no graph —
 * and no blank node, whose label holds within one file for Virtuoso's bulk loader — is split between
 * two files. An output stream, so that a store's export writes straight into it: at 1000× the plain
 * export is some 38 GB, which with the store beside it did not fit on this machine's disk.
 */
final class QuadParts extends OutputStream {

    private final Path folder;
    private final int lines;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    private OutputStream out;
    private String graph;
    private int inFile;
    private int files;
    private long quads;

    QuadParts(Path folder, int lines) throws IOException {
        IngestBench.delete(folder);
        Files.createDirectories(folder);
        this.folder = folder;
        this.lines = lines;
    }

    /** The files written so far. */
    int files() {
        return files;
    }

    /** The lines written so far. */
    long quads() {
        return quads;
    }

    @Override
    public void write(int b) throws IOException {
        line.write(b);
        if (b == '\n') {
            endLine();
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        int from = off;
        for (int i = off; i < off + len; i++) {
            if (b[i] == '\n') {
                line.write(b, from, i + 1 - from);
                endLine();
                from = i + 1;
            }
        }
        line.write(b, from, off + len - from);
    }

    /** Writes one whole line, its newline included. */
    void line(String text) throws IOException {
        write((text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private void endLine() throws IOException {
        String g = VirtuosoBench.graphOf(line.toString(StandardCharsets.UTF_8));
        if (out == null || inFile >= lines && !g.equals(graph)) {
            if (out != null) {
                out.close();
            }
            Path file = folder.resolve(String.format(Locale.ROOT, "part-%05d.nq.gz", ++files));
            // The fastest level: the export is CPU-bound beside the store's own reading, and disk, not ratio, was short.
            out = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16) {
                {
                    def.setLevel(Deflater.BEST_SPEED);
                }
            };
            inFile = 0;
        }
        line.writeTo(out);
        line.reset();
        inFile++;
        quads++;
        graph = g;
    }

    @Override
    public void close() throws IOException {
        if (line.size() > 0) {
            line.write('\n');
            endLine();
        }
        if (out != null) {
            out.close();
            out = null;
        }
    }
}
