package org.quanze.admin;

import org.quanze.queries.Fills;

/** One change the store recorded: when, of what kind, by whom, to which file (its digest) and graph. */
@Fills("admin-changes")
record ChangeRow(String change, String when, String kind, String actor, String file, String sha256, String graph) {
}
