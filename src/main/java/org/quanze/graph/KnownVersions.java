package org.quanze.graph;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quanze.ingest.list.HistoryNote;
import org.quanze.ingest.list.PartialDate;

/**
 * The versions of each document whose official text is known (in the law library, in the store, or
 * in the load at hand), and the version a citation gets among them ({@link #resolve}):
 * <ol>
 * <li>a citation whose history note dates its version (2010年4月29日…修改) gets the version of that date;</li>
 * <li>one whose note dates only an entry into force (主席令第四十九号…自2012年1月1日起施行) gets the version
 *     that entered into force that day;</li>
 * <li>one whose note names a month or a year only (2017年10月修正, 国保发〔2013〕14号, 2018年修正) gets the
 *     version dated in that month or year (the latest, if several): the version it names, when the
 *     library has it; none is taken from before or after, since that would be another version;</li>
 * <li>a date that misses the date of a known version by at most {@value #NEAR_DAYS} days, with no other
 *     version between (2019年4月24日 for the revision of 2019年4月23日, adopted at the same session), gets that
 *     version, and says so;</li>
 * <li>a citation that names no version at all gets the version in force on the first day of its
 *     list's year, and says that this was inferred;</li>
 * <li>otherwise the citation keeps the version it names, whose text is not held ({@code cited-YEAR}
 *     when it names none and none is known).</li>
 * </ol>
 */
public final class KnownVersions {

    /** How many days a cited date may miss a known version's date and still name it. */
    static final int NEAR_DAYS = 3;
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
    private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
    private static final Set<String> IN_FORCE = Set.of("施行", "实施");

    /** A version with official text: its date, and the date it applied from (its entry into force when known). */
    public record Known(LocalDate versionDate, LocalDate appliesFrom) {
        public String slug() {
            return versionDate.toString();
        }
    }

    /** How the version of a citation was found. */
    public enum Match {
        /** The citation dates the version: the slug is that date (its text may or may not be held). */
        NAMED,
        /** Named by the date it entered into force. */
        BY_ENTRY_INTO_FORCE,
        /** Named by a month or a year: the known version dated in it. */
        IN_PERIOD,
        /** A date a few days off a known version's: the list's slip. */
        NEAR_DATE,
        /** No version named: the version in force on the first day of the list's year. */
        INFERRED,
        /** The version named is not among the known ones (or nothing is known of the document). */
        AS_WRITTEN
    }

    /** The version a citation resolves to: its slug and how it was found. */
    public record Resolution(String slug, Match match) {
        /** Whether the slug is a version whose official text is known. */
        public boolean known() {
            return match != Match.AS_WRITTEN;
        }
    }

    private final Map<String, List<Known>> byKey = new HashMap<>();

    public static KnownVersions none() {
        return new KnownVersions();
    }

    /** Adds a version of the document of that key; a version added twice is kept once. */
    public KnownVersions add(String key, LocalDate versionDate, LocalDate inForce) {
        List<Known> versions = byKey.computeIfAbsent(key, k -> new ArrayList<>());
        if (versions.stream().noneMatch(v -> v.versionDate().equals(versionDate))) {
            versions.add(new Known(versionDate, inForce != null && !inForce.isBefore(versionDate) ? inForce : versionDate));
            versions.sort(Comparator.comparing(Known::versionDate));
        } else if (inForce != null) {
            versions.replaceAll(v -> v.versionDate().equals(versionDate) && v.appliesFrom().equals(versionDate)
                    && !inForce.isBefore(versionDate) ? new Known(versionDate, inForce) : v);
        }
        return this;
    }

    public List<Known> of(String key) {
        return List.copyOf(byKey.getOrDefault(key, List.of()));
    }

    /** The version a citation of the document {@code key} with this history note, in a list of {@code listYear}, gets. */
    public Resolution resolve(String key, HistoryNote note, Integer listYear) {
        return resolve(key, note.versionSlug(), note.versionDate().flatMap(PartialDate::exact), note.events(), listYear);
    }

    /**
     * The version a citation gets from what its history note tells: the slug it names (a date, a month
     * {@code 2017-10}, a year, or {@code undated}), the date of its version when it has a full one, and
     * its events (for an entry into force).
     */
    public Resolution resolve(String key, String slug, Optional<LocalDate> date, List<HistoryNote.Event> events,
                              Integer listYear) {
        List<Known> versions = byKey.getOrDefault(key, List.of());
        if (HistoryNote.UNDATED.equals(slug)) {
            String unknown = listYear != null ? "cited-" + listYear : slug;
            if (listYear == null || versions.isEmpty()) {
                return new Resolution(unknown, Match.AS_WRITTEN);
            }
            return inForceOn(versions, LocalDate.of(listYear, 1, 1))
                    .map(v -> new Resolution(v.slug(), Match.INFERRED))
                    .orElseGet(() -> new Resolution(unknown, Match.AS_WRITTEN));
        }
        if (date.isPresent()) {
            LocalDate d = date.get();
            if (versions.stream().anyMatch(v -> v.versionDate().equals(d))) {
                return new Resolution(d.toString(), Match.NAMED);
            }
            return byEntryIntoForce(versions, events, d)
                    .or(() -> near(versions, d).map(v -> new Resolution(v.slug(), Match.NEAR_DATE)))
                    .orElseGet(() -> new Resolution(slug, Match.AS_WRITTEN));
        }
        Optional<LocalDate[]> period = period(slug);
        if (period.isEmpty()) {
            return new Resolution(slug, Match.AS_WRITTEN);
        }
        LocalDate from = period.get()[0];
        LocalDate to = period.get()[1];
        return byEntryIntoForce(versions, events, from)
                .or(() -> versions.stream().filter(v -> !v.versionDate().isBefore(from) && !v.versionDate().isAfter(to))
                        .reduce((a, b) -> b).map(v -> new Resolution(v.slug(), Match.IN_PERIOD)))
                .orElseGet(() -> new Resolution(slug, Match.AS_WRITTEN));
    }

    /** The version that entered into force on a day the note names as an entry into force, on or after {@code since}. */
    private static Optional<Resolution> byEntryIntoForce(List<Known> versions, List<HistoryNote.Event> events,
                                                         LocalDate since) {
        for (HistoryNote.Event e : events) {
            // Only an entry into force named to the day can single out a version.
            Optional<LocalDate> day = e.date() == null ? Optional.empty() : e.date().exact();
            if (day.isEmpty() || e.action() == null || !IN_FORCE.contains(e.action()) || day.get().isBefore(since)) {
                continue;
            }
            List<Known> entered = versions.stream()
                    .filter(v -> v.appliesFrom().equals(day.get()) && !v.appliesFrom().equals(v.versionDate())).toList();
            if (entered.size() == 1) {
                return Optional.of(new Resolution(entered.get(0).slug(), Match.BY_ENTRY_INTO_FORCE));
            }
        }
        return Optional.empty();
    }

    private static Optional<Known> near(List<Known> versions, LocalDate d) {
        List<Known> close = versions.stream()
                .filter(v -> Math.abs(v.versionDate().toEpochDay() - d.toEpochDay()) <= NEAR_DAYS).toList();
        return close.size() == 1 ? Optional.of(close.get(0)) : Optional.empty();
    }

    /** The version in force on a day: the latest that applied from it or before. */
    private static Optional<Known> inForceOn(List<Known> versions, LocalDate day) {
        return versions.stream().filter(v -> !v.appliesFrom().isAfter(day)).reduce((a, b) -> b);
    }

    /** The first and last day of the period a slug names: a year (2018) or a month (2017-10). */
    static Optional<LocalDate[]> period(String slug) {
        Matcher y = YEAR.matcher(slug);
        if (y.matches()) {
            int year = Integer.parseInt(y.group(1));
            return Optional.of(new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)});
        }
        Matcher m = MONTH.matcher(slug);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                return Optional.empty();
            }
            YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), month);
            return Optional.of(new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()});
        }
        return Optional.empty();
    }
}
