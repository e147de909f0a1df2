package org.quanze.web.linkeddata;

import org.quanze.queries.Fills;

/** A type of a resource. */
@Fills("resource-types")
record ResourceType(String type) {
}
