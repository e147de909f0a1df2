package org.quanze.web.list;

import org.quanze.queries.Fills;

/**
 * A row of {@code list-choices.rq}: a list a form offers (the search, the impact report, health, point in time);
 * or of {@code list-titles.rq}: every list with its title.
 */
@Fills({"list-choices", "list-titles"})
public record ListChoice(String list, String title) {
}
