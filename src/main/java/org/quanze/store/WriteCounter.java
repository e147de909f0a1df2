package org.quanze.store;

import java.time.Instant;
import java.util.UUID;

/**
 * The generation of a store that only this process writes: a tag of this process's start and the
 * number of writes since, so that a restart never repeats an earlier tag.
 */
final class WriteCounter {

    private final String epoch = UUID.randomUUID().toString().substring(0, 8);
    private volatile Generation current = new Generation(epoch + "-0", Instant.now());
    private long count;

    synchronized void written() {
        current = new Generation(epoch + "-" + ++count, Instant.now());
    }

    Generation generation() {
        return current;
    }
}
