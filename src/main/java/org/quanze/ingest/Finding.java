package org.quanze.ingest;

/** Something unusual but readable in a source: kept as published and reported as a warning. */
public record Finding(Location location, String message) {

    @Override
    public String toString() {
        return location + ": " + message;
    }
}
