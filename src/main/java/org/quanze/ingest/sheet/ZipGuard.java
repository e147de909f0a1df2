package org.quanze.ingest.sheet;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.quanze.ingest.SourceException;

/**
 * Inflates a ZIP container once, within {@link Limits}, before POI is given it: a zip bomb stops
 * here after at most {@link Limits#MAX_UNZIPPED_BYTES} instead of filling memory inside POI.
 * Entries are read in stream order, as POI reads an input stream, so both see the same entries.
 * This keeps POI's global {@code ZipSecureFile} settings untouched for the rest of the process.
 */
public final class ZipGuard {

    private ZipGuard() {
    }

    /** The names of the container's entries, once every entry has inflated within the limits. */
    public static Set<String> entryNames(String fileName, byte[] bytes) {
        Set<String> names = new LinkedHashSet<>();
        CountingStream raw = new CountingStream(new ByteArrayInputStream(bytes));
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(raw)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (names.size() >= Limits.MAX_ZIP_ENTRIES) {
                    throw refuse(fileName, "more than " + Limits.MAX_ZIP_ENTRIES + " entries");
                }
                names.add(entry.getName());
                long start = raw.count;
                long inflated = 0;
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    inflated += n;
                    total += n;
                    check(fileName, entry.getName(), inflated, raw.count - start, total);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new SourceException(FormatDetector.whole(fileName), "not a readable ZIP container (the file is damaged or only "
                    + "looks like an .xlsx/.docx): " + e.getMessage(), e);
        }
        if (names.isEmpty()) {
            throw new SourceException(FormatDetector.whole(fileName), "a ZIP container with no entries: not a workbook or document");
        }
        return names;
    }

    private static void check(String fileName, String entry, long inflated, long compressed, long total) {
        if (total > Limits.MAX_UNZIPPED_BYTES) {
            throw refuse(fileName, "its content unzips to more than " + (Limits.MAX_UNZIPPED_BYTES >> 20) + " MB");
        }
        // The compressed count runs ahead by at most one read buffer; the grace covers that.
        if (inflated > Limits.RATIO_GRACE_BYTES && inflated > Limits.MAX_INFLATE_RATIO * Math.max(1, compressed)) {
            throw refuse(fileName, "entry " + entry + " inflates more than " + Limits.MAX_INFLATE_RATIO
                    + " times its compressed size (a zip bomb)");
        }
    }

    private static SourceException refuse(String fileName, String why) {
        return new SourceException(FormatDetector.whole(fileName), "refused: " + why + "; a published list is far smaller");
    }

    /** Counts the compressed bytes the ZIP reader has taken, to measure each entry's ratio. */
    private static final class CountingStream extends FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
