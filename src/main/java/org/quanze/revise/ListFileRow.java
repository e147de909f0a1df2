package org.quanze.revise;

import org.quanze.queries.Fills;

/** A row of {@code revise-list-file.rq}: the file a list was read from, with the hash of its bytes. */
@Fills("revise-list-file")
record ListFileRow(String fileName, String sha256, String listTitle) {
}
