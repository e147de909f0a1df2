package org.quanze.revise;

import java.util.Locale;

/** The formats a draft revised list is written in: a list's own formats. */
public enum DraftFormat {
    TXT("txt", "text/plain; charset=UTF-8"),
    CSV("csv", "text/csv; charset=UTF-8"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    XLS("xls", "application/vnd.ms-excel"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final String extension;
    private final String mediaType;

    DraftFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format a file name's extension names; the text format for anything else (.txt, .md). */
    public static DraftFormat ofFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (DraftFormat f : values()) {
            if (lower.endsWith("." + f.extension)) {
                return f;
            }
        }
        return TXT;
    }

    public static DraftFormat parse(String name) {
        for (DraftFormat f : values()) {
            if (f.extension.equalsIgnoreCase(name.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("a draft is written as txt, csv, xlsx, xls or docx, not " + name);
    }
}
