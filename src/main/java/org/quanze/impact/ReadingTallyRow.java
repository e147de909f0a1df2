package org.quanze.impact;

import org.quanze.queries.Fills;

/**
 * How many of the reader's warnings of one kind (the kind's concept) a list file's graph holds, met in
 * the table of {@code list}, or, {@code list} null, in no list's table of {@code file}.
 */
@Fills("impact-reading-tallies")
record ReadingTallyRow(String graph, String file, String list, String kind, long n) {
}
