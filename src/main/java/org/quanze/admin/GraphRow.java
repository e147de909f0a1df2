package org.quanze.admin;

import org.quanze.queries.Fills;

/** A named graph of the store: the file it was loaded from, its digest and its size. */
@Fills("admin-graphs")
record GraphRow(String graph, String file, String sha256, long triples) {
}
