package org.quanze.ingest.sheet;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.quanze.ingest.SourceException;

/**
 * Decodes a text export. Chinese offices save text as UTF-8 (with or without a byte order mark),
 * as GB18030/GBK (Excel's "CSV" on a Chinese Windows), or as UTF-16 (Excel's "Unicode text").
 * Each is tried strictly, so that a wrong guess fails instead of yielding mojibake.
 */
public final class TextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {
    }

    public static String decode(String fileName, byte[] bytes) {
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = strict(ByteBuffer.wrap(bytes, 3, bytes.length - 3), StandardCharsets.UTF_8);
        } else if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            text = strict(ByteBuffer.wrap(bytes), StandardCharsets.UTF_16);
        } else if (contains(bytes, (byte) 0)) {
            throw notText(fileName, "it holds NUL bytes (binary content of an unknown format)");
        } else {
            text = strict(ByteBuffer.wrap(bytes), StandardCharsets.UTF_8);
            if (text == null) {
                text = strict(ByteBuffer.wrap(bytes), GB18030);
            }
        }
        if (text == null) {
            throw notText(fileName, "it decodes neither as UTF-8 (with or without BOM), UTF-16 nor GB18030");
        }
        checkControls(fileName, text);
        return text;
    }

    /** Text exports hold no control characters but TAB and line breaks; others mean binary content. */
    private static void checkControls(String fileName, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                throw notText(fileName, String.format("it holds the control character U+%04X", (int) c));
            }
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String strict(ByteBuffer bytes, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean contains(byte[] bytes, byte value) {
        for (byte b : bytes) {
            if (b == value) {
                return true;
            }
        }
        return false;
    }

    private static SourceException notText(String fileName, String why) {
        return new SourceException(FormatDetector.whole(fileName), "not a workbook, a Word document or text: "
                + why + "; expected .xls, .xlsx, .docx or CSV");
    }
}
