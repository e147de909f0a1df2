package org.quanze.web.linkeddata;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Nothing is known of the resource asked for: a real 404 with a page that says so. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

    private final String what;

    public NotFoundException(String what) {
        super("not found: " + what);
        this.what = what;
    }

    public String what() {
        return what;
    }
}
