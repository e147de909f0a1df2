package org.quanze.web.search;

import org.quanze.queries.Fills;

/** A row of {@code search-places.rq}: a power some hits shown stand under, with its number, name and list. */
@Fills("search-places")
record PowerPlace(String power, String powerNumber, String powerName, String list, String listTitle) {

    Hit.Place place() {
        return new Hit.Place(list, listTitle, power, powerNumber, powerName);
    }
}
