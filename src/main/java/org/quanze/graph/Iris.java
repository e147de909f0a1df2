package org.quanze.graph;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Mints the IRIs of everything Quanze describes: readable (Chinese names stay Chinese),
 * deterministic (the same input gives the same IRIs on every machine) and all under one
 * configurable base, so that the app can resolve each of them to its page.
 */
public final class Iris {

    public static final String DEFAULT_BASE = "https://w3id.org/quanze/id/";

    private final String base;

    public Iris(String base) {
        if (base == null || !(base.endsWith("/") || base.endsWith("#"))) {
            throw new IllegalArgumentException("the IRI base must end with / or #: " + base);
        }
        this.base = base;
    }

    public static Iris standard() {
        return new Iris(DEFAULT_BASE);
    }

    public String base() {
        return base;
    }

    public String list(String slug) {
        return base + "list/" + segment(slug);
    }

    public String power(String listSlug, int number) {
        return list(listSlug) + "/power/" + number;
    }

    public String duty(String listSlug, int power, int duty) {
        return power(listSlug, power) + "/duty/" + duty;
    }

    public String accountabilityCase(String listSlug, int power, int number) {
        return power(listSlug, power) + "/case/" + number;
    }

    public String exemption(String listSlug, int power) {
        return power(listSlug, power) + "/exemption";
    }

    /** A citation: the cell it is in (by role), the item's position in the cell, its place in the item. */
    public String citation(String listSlug, int power, String role, int item, int ordinal) {
        return power(listSlug, power) + "/" + role + "/" + item + "/" + ordinal;
    }

    public String organization(String name) {
        return base + "org/" + segment(name);
    }

    /** A unit of a body, or an organisation named relative to a region (驻市委办公室纪检监察组 of 玉林市). */
    public String unit(String bodyName, String unitName) {
        return organization(bodyName) + "/" + segment(unitName);
    }

    public String category(String label) {
        return base + "category/" + segment(label);
    }

    public String document(String key) {
        return base + "law/" + segment(key);
    }

    public String version(String documentKey, String versionSlug) {
        return document(documentKey) + "/" + segment(versionSlug);
    }

    public static String versionSlug(LocalDate date) {
        return date.toString();
    }

    /**
     * The slug of the version an IRI names or stands under ({@code law/统计法/2024-09-13/article/44} →
     * {@code 2024-09-13}); null for an IRI that is not a version's or part of one.
     */
    public String versionSlugOf(String iri) {
        String law = base + "law/";
        if (iri == null || !iri.startsWith(law)) {
            return null;
        }
        String[] segments = iri.substring(law.length()).split("/");
        return segments.length < 2 ? null : segments[1];
    }

    public String chapter(String version, int number) {
        return version + "/chapter/" + number;
    }

    /** A chapter of a code with parts (编): told by its part, as some codes number chapters anew in each part. */
    public String chapter(String version, String part, int number) {
        return part == null ? chapter(version, number) : part(version, part) + "/chapter/" + number;
    }

    /** A part (编) of a code: {@code part/2} for 第二编, or the name a part file gives itself ({@code part/人格权编}). */
    public String part(String version, String key) {
        return version + "/part/" + segment(key);
    }

    public String section(String chapter, int number) {
        return chapter + "/section/" + number;
    }

    public String article(String version, int number) {
        return version + "/article/" + number;
    }

    public String paragraph(String article, int number) {
        return article + "/paragraph/" + number;
    }

    public String item(String paragraph, int number) {
        return paragraph + "/item/" + number;
    }

    public String event(String owner, int number) {
        return owner + "/event/" + number;
    }

    public String sourceFile(String fileName) {
        return base + "source/" + segment(fileName);
    }

    public String cell(String fileName, int row, int column) {
        return sourceFile(fileName) + "/r" + row + "c" + column;
    }

    /** The named graph that holds what one source file says. */
    public String graph(String fileName) {
        return base + "graph/" + segment(fileName);
    }

    public String ontologyGraph() {
        return base + "graph/ontology";
    }

    /** The graph of facts derived across sources (recomputed by every load). */
    public String derivedGraph() {
        return base + "graph/derived";
    }

    /**
     * One path segment: white space removed, characters that would end or break a segment
     * percent-encoded, everything else (Chinese included) kept as it is.
     */
    static String segment(String text) {
        return encodeSegment(text.replaceAll("[\\s\\u3000]+", ""));
    }

    /**
     * A segment as the IRIs hold it: ASCII other than letters, digits and {@code -._~} percent-encoded
     * ({@code (试行)} becomes {@code %28试行%29}), everything else kept. A page path decoded by the
     * server is turned back into its IRI with this.
     */
    public static String encodeSegment(String text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80 && !(Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                    sb.append('%').append(String.format("%02X", b));
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
