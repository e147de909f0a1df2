package org.quanze.reading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quanze.graph.Iris;

/**
 * For a citation of a version whose official text is not held, the version of the same document
 * whose text is shown instead: the one in force on the cited version's date (the latest held version
 * dated on or before it), else the earliest held. Pages show it saying which version it is, and the
 * citation health compares with it only in a finding of its own ({@code other-version}).
 */
public final class OtherVersions {

    private static final Pattern YEAR = Pattern.compile("(?:cited-)?(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?");

    /** The held versions of each document asked about; one instance may serve several threads (the pages keep one per generation). */
    private final Map<String, List<VersionRef>> official = new ConcurrentHashMap<>();

    /** The version shown instead of {@code citedVersion} (its slug and date as the citation gives them); empty when none is held. */
    public Optional<VersionRef> instead(GraphReader reader, String document, String citedSlug, LocalDate citedDate) {
        List<VersionRef> held = held(reader, document);
        if (held.isEmpty()) {
            return Optional.empty();
        }
        LocalDate day = citedDate != null ? citedDate : dayOf(citedSlug);
        if (day == null) {
            return Optional.of(held.get(held.size() - 1));
        }
        return held.stream().filter(v -> !v.versionDate().isAfter(day)).reduce((a, b) -> b)
                .or(() -> Optional.of(held.get(0)));
    }

    /** The held versions of the document, by date: read once (outside the map's lock: a query is too long to hold it for). */
    private List<VersionRef> held(GraphReader reader, String document) {
        List<VersionRef> held = official.get(document);
        if (held == null) {
            held = read(reader, document);
            official.putIfAbsent(document, held);
        }
        return held;
    }

    public Optional<VersionRef> instead(GraphReader reader, CitationRecord c) {
        return instead(reader, c.resolved().document(), c.resolved().versionSlug(), c.resolved().versionDate());
    }

    /** The last day a slug can mean: a year's or month's end (2017 → 2017-12-31), a list's year (cited-2024 → 2024-01-01). */
    private static LocalDate dayOf(String slug) {
        Matcher m = YEAR.matcher(slug);
        if (!m.matches()) {
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        if (slug.startsWith("cited-")) {
            return LocalDate.of(year, 1, 1);
        }
        if (m.group(2) == null) {
            return LocalDate.of(year, 12, 31);
        }
        LocalDate month = LocalDate.of(year, Integer.parseInt(m.group(2)), 1);
        return m.group(3) == null ? month.withDayOfMonth(month.lengthOfMonth()) : month.withDayOfMonth(Integer.parseInt(m.group(3)));
    }

    private static List<VersionRef> read(GraphReader reader, String document) {
        List<VersionRef> versions = new ArrayList<>();
        for (DocumentVersionRow r : ImpactQueries.list(reader, "impact-document-versions",
                ImpactQueries.iri("document", document), DocumentVersionRow.class)) {
            String iri = r.version();
            if (r.official() && r.versionDate() != null && versions.stream().noneMatch(v -> v.iri().equals(iri))) {
                versions.add(new VersionRef(document, r.documentKey(), iri, Iris.slugOfVersion(iri),
                        r.versionDate(), r.inForce(), r.noLongerInForce(), true));
            }
        }
        versions.sort(Comparator.comparing(VersionRef::versionDate));
        return List.copyOf(versions);
    }
}
