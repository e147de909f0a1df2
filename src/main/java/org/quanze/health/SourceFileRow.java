package org.quanze.health;

import org.quanze.queries.Fills;

/** A file a list was read from, and its name. */
@Fills("health-source-files")
record SourceFileRow(String file, String fileName) {
}
