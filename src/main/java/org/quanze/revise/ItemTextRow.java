package org.quanze.revise;

import org.quanze.queries.Fills;

/** A row of {@code revise-item-texts.rq}: a citation and the text of its basis item. */
@Fills("revise-item-texts")
record ItemTextRow(String citation, String text) {
}
