package org.quanze.impact.report;

/**
 * The store holds no article correspondence between the two versions, though both texts are
 * held: the graphs computed at load time are missing (a store loaded without them).
 */
public final class MissingCorrespondenceException extends IllegalArgumentException {

    public MissingCorrespondenceException(String message) {
        super(message);
    }
}
