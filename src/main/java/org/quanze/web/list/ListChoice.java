package org.quanze.web.list;

import org.quanze.queries.Fills;

/** A row of {@code list-titles.rq}: a list with its title, as the forms offer it and /health's line per list names it. */
@Fills("list-titles")
public record ListChoice(String list, String title) {
}
