package org.quanze.impact.correspondence;

import org.quanze.queries.Fills;

/** A chapter of a version: its number, heading and line. */
@Fills("impact-version-chapters")
record VersionChapterRow(String chapter, Integer number, String heading, Integer line) {
}
