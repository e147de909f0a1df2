package org.quanze.revise;

import org.quanze.queries.Fills;

/** A row of {@code revise-list-file.rq}: the file a list was read from. */
@Fills("revise-list-file")
record ListFileRow(String fileName, String listTitle) {
}
