package org.quanze.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Makes a written .xlsx byte-for-byte the same on every run: its zip entries get one fixed time. */
final class Zips {

    /** 2020-01-01T00:00:00Z: any fixed time will do. */
    private static final long FIXED_TIME = 1_577_836_800_000L;

    private Zips() {
    }

    /** The zip with every entry dated {@link #FIXED_TIME}; anything that is not a zip (a legacy .xls) as it is. */
    static byte[] withFixedTimes(byte[] bytes) {
        if (bytes.length < 2 || bytes[0] != 'P' || bytes[1] != 'K') {
            return bytes;
        }
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    ZipEntry copy = new ZipEntry(e.getName());
                    copy.setTime(FIXED_TIME);
                    zip.putNextEntry(copy);
                    in.transferTo(zip);
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite a workbook's zip", e);
        }
    }
}
