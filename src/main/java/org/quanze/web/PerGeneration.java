package org.quanze.web;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.quanze.store.GraphStore;

/**
 * A value made from the store's data once for each generation of the store (every write moves it): what the pages
 * would otherwise read again at every request, although only a write can change it. The generation is taken before
 * the value is made, so a write during the making leaves the value under the older generation, made again next time.
 */
public final class PerGeneration<T> {

    private final GraphStore store;
    private final Supplier<T> make;
    private final AtomicReference<Kept<T>> kept = new AtomicReference<>();

    public PerGeneration(GraphStore store, Supplier<T> make) {
        this.store = store;
        this.make = make;
    }

    /** The value for the store's present generation. */
    public T get() {
        String generation = store.generation().tag();
        Kept<T> k = kept.get();
        if (k == null || !k.generation().equals(generation)) {
            k = new Kept<>(generation, make.get());
            kept.set(k);
        }
        return k.value();
    }

    private record Kept<T>(String generation, T value) {
    }
}
