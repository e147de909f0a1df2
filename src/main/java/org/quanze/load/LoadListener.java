package org.quanze.load;

/** Told of a load's progress, e.g. to draw a progress bar. */
public interface LoadListener {

    LoadListener NONE = new LoadListener() {
    };

    default void started(int files) {
    }

    default void fileDone(FileReport report) {
    }

    default void committing() {
    }
}
