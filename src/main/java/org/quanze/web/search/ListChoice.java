package org.quanze.web.search;

import org.quanze.queries.Fills;

/** A row of {@code search-lists.rq}: a list the search can be narrowed to. */
@Fills("search-lists")
record ListChoice(String list, String title) {
}
