package org.quanze.ingest.table;

/** One cell of a published table, its text exactly as in the file. Row and column count from 1. */
public record SourceCell(int row, int column, int line, String text) {

    public boolean isBlank() {
        return text.strip().isEmpty();
    }

    /** The text without surrounding white space, full-width spaces included. */
    public String trimmed() {
        return text.strip();
    }
}
