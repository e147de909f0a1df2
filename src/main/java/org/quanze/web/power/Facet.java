package org.quanze.web.power;

import org.quanze.queries.Fills;

/** A value to filter the powers by ({@code facet}: category, unit or list), with how many powers have it. */
@Fills("powers-facets")
record Facet(String facet, String value, String label, long n) {
}
