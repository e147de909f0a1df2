package org.quanze.ingest.list;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * A date as precise as a list writes it: a day ({@code 2010年4月29日}), a month ({@code 2017年10月})
 * or a year ({@code 2018年}). A version named by a month or a year is compared with a dated official
 * version by the days it spans ({@link #first()} to {@link #last()}, {@link #contains}).
 */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {

    /** How precisely a date is known; the name in lower case is what the graph stores. */
    public enum Precision {
        DAY, MONTH, YEAR;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Earlier first day first; of two that start on the same day (2018 and 2018-01-01), the more
     * precise counts as later: it says more about the same event.
     */
    private static final Comparator<PartialDate> ORDER = Comparator.comparing(PartialDate::first)
            .thenComparing(PartialDate::precision, Comparator.reverseOrder());

    public PartialDate {
        if (day != null && month == null) {
            throw new IllegalArgumentException("a day without a month");
        }
        firstDay(year, month, day); // refuses what is no date (2月30日, 13月)
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** The date the numbers name, or empty when they name none (2月30日, 13月). */
    public static Optional<PartialDate> parse(String year, String month, String day) {
        try {
            return Optional.of(new PartialDate(Integer.parseInt(year), month == null ? null : Integer.valueOf(month),
                    day == null ? null : Integer.valueOf(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public Precision precision() {
        return day != null ? Precision.DAY : month != null ? Precision.MONTH : Precision.YEAR;
    }

    /** The first day it may be. */
    public LocalDate first() {
        return firstDay(year, month, day);
    }

    /** The last day it may be. */
    public LocalDate last() {
        return switch (precision()) {
            case DAY -> first();
            case MONTH -> YearMonth.of(year, month).atEndOfMonth();
            case YEAR -> LocalDate.of(year, 12, 31);
        };
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(first()) && !date.isAfter(last());
    }

    /** The day, when it is known to the day. */
    public Optional<LocalDate> exact() {
        return precision() == Precision.DAY ? Optional.of(first()) : Optional.empty();
    }

    /** {@code 2010-04-29}, {@code 2017-10} or {@code 2018}: as precise as it is known, as IRIs and labels use it. */
    public String slug() {
        return switch (precision()) {
            case DAY -> first().toString();
            case MONTH -> YearMonth.of(year, month).toString();
            case YEAR -> String.format("%04d", year);
        };
    }

    @Override
    public int compareTo(PartialDate other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return slug();
    }

    private static LocalDate firstDay(int year, Integer month, Integer day) {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }
}
