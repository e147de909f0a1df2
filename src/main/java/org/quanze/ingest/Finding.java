package org.quanze.ingest;

/**
 * Something unusual but readable in a source: kept as published and reported as a warning, with
 * its kind, the place (file, sheet, row, column, line) and what was read there.
 */
public record Finding(Location location, WarningKind kind, String message) {

    @Override
    public String toString() {
        return location + ": " + message;
    }
}
