package org.quanze.web.power;

import org.quanze.queries.Fills;

/** A power of a page of /powers, in the page's order. */
@Fills("powers-order")
record PowerKey(String power) {
}
