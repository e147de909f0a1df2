package org.quanze.web.impact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A document an impact report can be made for, with its versions that have official text, oldest first. */
record DocumentChoice(String key, String title, List<Version> versions) {

    /** A version as the form offers it: its slug (the version date) and the year it is known by. */
    record Version(String slug, String year, String inForce) {
    }

    static List<DocumentChoice> of(List<ReportableVersion> rows) {
        Map<String, DocumentChoice> byKey = new LinkedHashMap<>();
        for (ReportableVersion r : rows) {
            DocumentChoice d = byKey.computeIfAbsent(r.documentKey(), k -> new DocumentChoice(k,
                    r.title() != null ? r.title() : k, new ArrayList<>()));
            String slug = r.versionDate();
            if (d.versions().stream().noneMatch(v -> v.slug().equals(slug))) {
                d.versions().add(new Version(slug, slug.substring(0, 4), r.inForce()));
            }
        }
        return List.copyOf(byKey.values());
    }

    /** The version a year (2010) or a date (2010-04-29) names, if the document has it; none when not asked. */
    java.util.Optional<Version> version(String asked) {
        if (asked == null) {
            return java.util.Optional.empty();
        }
        return versions.stream().filter(v -> v.slug().equals(asked) || v.year().equals(asked)).findFirst();
    }

    String oldest() {
        return versions.get(0).slug();
    }

    String newest() {
        return versions.get(versions.size() - 1).slug();
    }
}
