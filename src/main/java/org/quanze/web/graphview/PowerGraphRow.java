package org.quanze.web.graphview;

import org.quanze.queries.Fills;

/** A power, one of its entries (the power itself for its own basis) and an article the entry cites, if any. */
@Fills("graph-power")
record PowerGraphRow(String power, String powerLabel, String entry, String entryKind, String entryLabel,
                     Integer entryNumber, String article, Integer articleNumber, String document) {
}
