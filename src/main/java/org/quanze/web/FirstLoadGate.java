package org.quanze.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.quanze.load.FirstLoad;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Holds every page and query back while the first start loads the bundled data: the store is empty
 * until the load commits, and an answer read from it would be wrong, not merely late (the impact
 * report said the Secrets Law was not held). {@link PageAdvice} answers 503 with the load's progress.
 */
final class FirstLoadGate implements HandlerInterceptor {

    private final FirstLoad firstLoad;

    FirstLoadGate(FirstLoad firstLoad) {
        this.firstLoad = firstLoad;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        firstLoad.progress().ifPresent(p -> {
            throw new FirstLoadUnderway(p);
        });
        return true;
    }

    /** A request that came while the first load ran. */
    static final class FirstLoadUnderway extends RuntimeException {
        private final transient FirstLoad.Progress progress;

        FirstLoadUnderway(FirstLoad.Progress progress) {
            super("the bundled data is being loaded", null, false, false);
            this.progress = progress;
        }

        FirstLoad.Progress progress() {
            return progress;
        }
    }
}
