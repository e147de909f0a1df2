package org.quanze.web.linkeddata;

import org.quanze.queries.Fills;

/** The row that says something is said of a resource or points to it. */
@Fills("resource-known")
record ResourceKnown(boolean known) {
}
