package org.quanze.web.list;

import org.quanze.queries.Fills;

/**
 * A list next to this one in its line of editions: the edition it revises ({@code of}) or one that
 * revises it ({@code as}), with the moment the revising edition was published.
 */
@Fills("list-editions")
record ListEdition(String direction, String edition, String title, String published) {

    public boolean revisesThis() {
        return "as".equals(direction);
    }

    /** The day of publication, UTC, as the page shows it. */
    public String day() {
        return published == null || published.length() < 10 ? "" : published.substring(0, 10);
    }
}
