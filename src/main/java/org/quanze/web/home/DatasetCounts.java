package org.quanze.web.home;

import org.quanze.queries.Fills;

/** What the dataset holds, counted per kind of resource. */
@Fills("home-counts")
record DatasetCounts(long lists, long powers, long duties, long cases, long documents, long articles, long citations) {
}
