package org.quanze.ingest.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Set;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.quanze.ingest.Location;
import org.quanze.ingest.SourceException;

/**
 * Tells the format of a file from its bytes. Names lie: departments rename a legacy .xls to
 * .xlsx, or save text under a spreadsheet name, so the extension is never consulted.
 */
final class FormatDetector {

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private FormatDetector() {
    }

    static FileFormat detect(String fileName, byte[] bytes) {
        if (bytes.length == 0) {
            throw new SourceException(whole(fileName), "the file is empty");
        }
        if (bytes.length > Limits.MAX_FILE_BYTES) {
            throw new SourceException(whole(fileName), "refused: " + bytes.length + " bytes, more than the "
                    + (Limits.MAX_FILE_BYTES >> 20) + " MB a published list can reasonably be");
        }
        if (startsWith(bytes, OLE2)) {
            return ole2(fileName, bytes);
        }
        if (startsWith(bytes, ZIP)) {
            return zip(fileName, ZipGuard.entryNames(fileName, bytes));
        }
        return FileFormat.CSV;
    }

    /** An OLE2 container holds a legacy workbook, a legacy Word file, or an encrypted OOXML file. */
    private static FileFormat ole2(String fileName, byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("Workbook") || root.hasEntry("WORKBOOK") || root.hasEntry("BOOK")) {
                return FileFormat.XLS;
            }
            if (root.hasEntry("EncryptedPackage")) {
                throw new SourceException(whole(fileName), "the workbook is protected by a password: "
                        + "save an unprotected copy");
            }
            if (root.hasEntry("WordDocument")) {
                throw new SourceException(whole(fileName), "a legacy Word document (.doc): save it as .docx");
            }
            throw new SourceException(whole(fileName), "an OLE2 container holding neither a workbook nor a document "
                    + "(entries: " + String.join(", ", root.getEntryNames()) + ")");
        } catch (IOException | RuntimeException e) {
            if (e instanceof SourceException s) {
                throw s;
            }
            throw new SourceException(whole(fileName), "a damaged OLE2 (legacy Office) file: " + e.getMessage(), e);
        }
    }

    private static FileFormat zip(String fileName, Set<String> entries) {
        if (entries.contains("xl/workbook.xml")) {
            return FileFormat.XLSX;
        }
        if (entries.contains("word/document.xml")) {
            return FileFormat.DOCX;
        }
        String why = entries.contains("xl/workbook.bin") ? "an Excel binary workbook (.xlsb): save it as .xlsx"
                : entries.contains("content.xml") ? "an OpenDocument file: save it as .xlsx or .docx"
                : "a ZIP archive that is neither an Excel workbook (no xl/workbook.xml) nor a Word document "
                        + "(no word/document.xml)";
        throw new SourceException(whole(fileName), why);
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    static Location whole(String fileName) {
        return new Location(fileName, 0, 0, 0);
    }
}
