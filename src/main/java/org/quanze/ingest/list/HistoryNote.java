package org.quanze.ingest.list;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The history note a citation writes after its title, read into events and a document number:
 * {@code 1988年9月5日主席令第6号公布，2010年4月29日主席令第28号修改}, {@code 国保发〔2013〕14号},
 * {@code 广西壮族自治区人民政府令第24号，2007年6月13日发布}. An event's date is as precise as the
 * note writes it: {@code 2017年10月修正} is a month, {@code 2018年修正} a year.
 */
public record HistoryNote(List<Event> events, String documentNumber, Integer documentYear, Integer loneYear) {

    public static final String UNDATED = "undated";

    /** One promulgation, amendment or entry into force: its date (null when no real date), the order that made it, and what it did. */
    public record Event(PartialDate date, String orderNumber, String action) {

        /** Whether it made a version: an entry into force alone does not. */
        public boolean makesVersion() {
            return date != null && (action == null || !IN_FORCE.contains(action));
        }
    }

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    /**
     * A month or a year written without a day, as an event's date (2017年10月修正, 2018年修正): not the
     * year of a numbered order (国务院令2007年第512号), not the start of a full date.
     */
    private static final Pattern PARTIAL = Pattern.compile(
            "(\\d{4})\\s*年(?!\\s*第)(?!\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)(?:\\s*(\\d{1,2})\\s*月(?!\\s*\\d{1,2}\\s*日))?");
    private static final Pattern ORDER = Pattern.compile("([\\p{IsHan}]{0,20}?令\\s*(?:第\\s*)?[\\d〇一二三四五六七八九十百]+\\s*号)");
    // 实施 only at the end of a part (2021年1月1日实施): inside a part it is mostly a word of a title (实施条例).
    private static final Pattern ACTION = Pattern.compile("(公布|发布|颁布|修改|修订|修正|通过|印发|施行|实施(?=[\\s)）]*$))");
    /** Words that mark an entry into force, which makes no new version. */
    private static final Set<String> IN_FORCE = Set.of("施行", "实施");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年");
    private static final Pattern DOC_NUMBER = Pattern.compile(
            "([\\p{IsHan}]{1,12}[〔\\[［(（【](\\d{4})[〕\\]］)）】]\\s*\\d+\\s*号)");

    private static final Pattern BRACKETS = Pattern.compile("[〔\\[［(（【](\\d{4})[〕\\]］)）】]");

    public HistoryNote {
        events = List.copyOf(events);
    }

    public static HistoryNote parse(String note) {
        if (note == null || note.isBlank()) {
            return new HistoryNote(List.of(), null, null, null);
        }
        Matcher doc = DOC_NUMBER.matcher(note);
        String number = null;
        Integer year = null;
        if (doc.find()) {
            number = officialForm(doc.group(1));
            year = Integer.valueOf(doc.group(2));
        }
        Matcher lone = YEAR.matcher(note);
        return new HistoryNote(events(note), number, year, lone.find() ? Integer.valueOf(lone.group(1)) : null);
    }

    /**
     * A document number as the official form writes it (GB/T 9704: 国保发〔2013〕14号, the year in 〔〕, no
     * spaces): cells write one number with 【】, [], () or spaces, and the version it names must carry
     * one number, not one per spelling. The note itself is kept verbatim on the citation.
     */
    static String officialForm(String number) {
        return BRACKETS.matcher(number.replaceAll("\\s+", "")).replaceFirst("〔$1〕");
    }

    private static List<Event> events(String note) {
        List<Event> events = new ArrayList<>();
        String pendingOrder = null;
        for (String part : parts(note)) {
            // The date is taken out first: its 日 would otherwise open the order's name.
            Matcher o = ORDER.matcher(PARTIAL.matcher(DATE.matcher(part).replaceAll(" ")).replaceAll(" "));
            String order = o.find() ? o.group(1) : null;
            String action = action(part);
            Matcher d = DATE.matcher(part);
            PartialDate date;
            if (d.find()) {
                date = PartialDate.parse(d.group(1), d.group(2), d.group(3)).orElse(null);
            } else {
                Matcher p = PARTIAL.matcher(part);
                // A month or a year alone is an event's date only beside what happened then (2018年修正).
                if (action == null || !p.find()) {
                    pendingOrder = order != null ? order : pendingOrder;
                    continue;
                }
                date = PartialDate.parse(p.group(1), p.group(2), null).orElse(null);
            }
            if (order == null && pendingOrder != null) {
                order = pendingOrder;
                pendingOrder = null;
            }
            events.add(new Event(date, order, action));
        }
        return events;
    }

    /**
     * What a part says happened: the last word of a promulgation or amendment in it, else an entry
     * into force (发布实施 is a promulgation; 自2016年1月1日起施行 alone is not).
     */
    private static String action(String part) {
        Matcher a = ACTION.matcher(part);
        String made = null;
        String inForce = null;
        while (a.find()) {
            if (IN_FORCE.contains(a.group(1))) {
                inForce = a.group(1);
            } else {
                made = a.group(1);
            }
        }
        return made != null ? made : inForce;
    }

    /**
     * The note cut into one part per event: at commas and full stops, and before every date after the
     * first within a part (1990年10月24日国务院批准1990年11月19日…发布 is two events).
     */
    private static List<String> parts(String note) {
        List<String> parts = new ArrayList<>();
        for (String part : note.split("[，,；;、。]")) {
            Matcher d = DATE.matcher(part);
            int from = 0;
            boolean first = true;
            while (d.find()) {
                if (!first) {
                    parts.add(part.substring(from, d.start()));
                    from = d.start();
                }
                first = false;
            }
            parts.add(part.substring(from));
        }
        return parts;
    }

    /**
     * The date that made the cited version, as precise as the note writes it: the latest event that
     * is not an entry into force, wherever the note writes it (events out of order still give the latest).
     */
    public Optional<PartialDate> versionDate() {
        return events.stream().filter(Event::makesVersion).map(Event::date).max(Comparator.naturalOrder());
    }

    /**
     * The version the note names: its date ({@link #versionDate()}), else the year of its document
     * number, else a year the note names alone ({@code 2012年}, {@code 2017年4月商务部令…}); empty
     * when the note names no year at all.
     */
    public Optional<PartialDate> version() {
        return versionDate().or(() -> documentYear != null ? PartialDate.parse(documentYear.toString(), null, null)
                : loneYear != null ? PartialDate.parse(loneYear.toString(), null, null) : Optional.empty());
    }

    /** The slug that names the cited version ({@code 2010-04-29}, {@code 2017-10}, {@code 2018}); "undated" when none. */
    public String versionSlug() {
        return version().map(PartialDate::slug).orElse(UNDATED);
    }

    /** Whether the note names no version at all (no date, no year). */
    public boolean isUndated() {
        return version().isEmpty();
    }
}
