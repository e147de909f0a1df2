package org.quanze.law;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The days laws are counted in. A law enters into force on a day in China, so "today" for the changes
 * ahead — and for how long an answer that shows them may be kept — is China's today, whatever the
 * server's own zone. The one place the zone is named.
 */
public final class ChinaDays {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ChinaDays() {
    }

    /** China's date at the clock's instant. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    /** The instant China's {@code day} begins. */
    public static Instant start(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }
}
