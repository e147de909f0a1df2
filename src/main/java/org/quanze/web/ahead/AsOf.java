package org.quanze.web.ahead;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.quanze.law.ChinaDays;
import org.springframework.stereotype.Component;

/**
 * The day the changes ahead are seen from: the date the user picked ({@code ?asOf=2024-01-01}), or
 * today. The request is Spring's proxy of the current one, so the pages that show the flags need not
 * pass it down.
 */
@Component
public record AsOf(Clock clock, HttpServletRequest request) {

    public static final String PARAM = "asOf";

    /** The day picked, or today; a value that is not a date is refused ({@link BadAsOfException}). */
    public LocalDate day() {
        String picked = picked();
        if (picked == null) {
            return today();
        }
        try {
            return LocalDate.parse(picked);
        } catch (DateTimeParseException e) {
            throw new BadAsOfException(picked);
        }
    }

    /** The value the user picked, or null. */
    public String picked() {
        String value = request.getParameter(PARAM);
        return value == null || value.isBlank() ? null : value.strip();
    }

    public LocalDate today() {
        return ChinaDays.today(clock);
    }
}
