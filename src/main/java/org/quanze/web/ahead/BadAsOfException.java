package org.quanze.web.ahead;

/** A picked date ({@code ?asOf=}) that is not a date: the user's mistake, answered 400 with the value. */
public class BadAsOfException extends RuntimeException {

    private final String value;

    BadAsOfException(String value) {
        super("asOf is not a date (YYYY-MM-DD): " + value);
        this.value = value;
    }

    public String value() {
        return value;
    }
}
