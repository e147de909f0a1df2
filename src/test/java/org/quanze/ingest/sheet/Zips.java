package org.quanze.ingest.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** ZIP containers made by a test, hostile ones included. */
public final class Zips {

    private Zips() {
    }

    public static byte[] of(String name, byte[] content) {
        return zip(zip -> {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        });
    }

    /**
     * A small file dressed as a workbook whose sheet inflates to {@code megabytes} of spaces: a few
     * hundred kilobytes on disk, hundreds of megabytes in memory for a reader that trusts it.
     */
    public static byte[] bomb(int megabytes) {
        return workbookLike(megabytes, 0);
    }

    /**
     * A workbook-like file whose sheet unzips to {@code megabytes}, each 32 KB holding 1 KB of random
     * bytes: compressed about 30 times, an honest ratio, yet far too much content for a list.
     */
    public static byte[] oversized(int megabytes) {
        return workbookLike(megabytes, 1024);
    }

    private static byte[] workbookLike(int megabytes, int randomPer32k) {
        Random random = new Random(42);
        return zip(zip -> {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] chunk = new byte[32 * 1024];
            for (int i = 0; i < megabytes * 32; i++) {
                Arrays.fill(chunk, (byte) ' ');
                for (int j = 0; j < randomPer32k; j++) {
                    chunk[j] = (byte) random.nextInt(256);
                }
                zip.write(chunk);
            }
            zip.closeEntry();
        });
    }

    /** What goes into a zip file: its entries, written in order. */
    private interface Entries {
        void write(ZipOutputStream zip) throws IOException;
    }

    /** A zip file made in memory of the entries written. */
    private static byte[] zip(Entries entries) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entries.write(zip);
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
