package org.quanze.ingest.sheet;

/** The kinds of file a published list comes in, as recognised from the bytes (never the file name). */
public enum FileFormat {
    XLS("a legacy Excel workbook (.xls)"),
    XLSX("an Excel workbook (.xlsx)"),
    DOCX("a Word document (.docx)"),
    CSV("delimited text (CSV)");

    private final String description;

    FileFormat(String description) {
        this.description = description;
    }

    /** How an error message names the format. */
    public String description() {
        return description;
    }
}
