package org.quanze.ingest.columns;

import org.quanze.ingest.Location;
import org.quanze.ingest.SourceException;

/** A table whose first rows name no list columns: not a list (or a list whose headers are unknown). */
public final class NoHeaderException extends SourceException {

    public NoHeaderException(Location location, String message) {
        super(location, message);
    }
}
