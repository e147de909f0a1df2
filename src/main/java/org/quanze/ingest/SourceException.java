package org.quanze.ingest;

/** A source file that cannot be read as what it claims to be; names the place to fix. */
public class SourceException extends RuntimeException {

    private final transient Location location;

    public SourceException(Location location, String message) {
        super(location + ": " + message);
        this.location = location;
    }

    public SourceException(Location location, String message, Throwable cause) {
        super(location + ": " + message, cause);
        this.location = location;
    }

    public Location location() {
        return location;
    }
}
