package org.quanze.web.linkeddata;

import org.quanze.queries.Fills;

/** A type of a resource (null in a row that only says something is known of it), and whether anything is. */
@Fills("resource-types")
record ResourceType(String type, boolean known) {
}
