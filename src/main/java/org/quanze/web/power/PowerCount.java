package org.quanze.web.power;

import org.quanze.queries.Fills;

/** How many powers the filters of the powers page keep. */
@Fills("powers-count")
record PowerCount(long n) {
}
