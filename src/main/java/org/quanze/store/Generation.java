package org.quanze.store;

import java.time.Instant;

/**
 * Which state of the data a store holds: a tag that changes with every write and the time of the
 * last one. Everything read between two writes is the same, so an answer can be kept, and its
 * validator ({@code ETag}, {@code Last-Modified}) derived, from the generation it was read in.
 *
 * @param tag   unique to one state of the data: never the same for two states, across restarts
 *              and processes
 * @param since when the data came to be in this state (the last write, or the time the store was
 *              opened when nothing was written since)
 */
public record Generation(String tag, Instant since) {
}
