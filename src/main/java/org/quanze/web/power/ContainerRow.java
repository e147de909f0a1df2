package org.quanze.web.power;

import org.quanze.queries.Fills;

/** Where a resource shown on its power's page stands: the power, the anchor's kind and the entry's number. */
@Fills("container")
record ContainerRow(String power, String anchor, Integer number) {
}
