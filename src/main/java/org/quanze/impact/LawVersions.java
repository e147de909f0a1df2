package org.quanze.impact;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quanze.graph.Iris;
import org.quanze.graph.LegalTitles;
import org.quanze.reading.DocumentVersionRow;
import org.quanze.reading.GraphReader;
import org.quanze.reading.ImpactQueries;
import org.quanze.reading.VersionRef;

/**
 * The versions of a document, found by its title as a list writes it (with or without
 * 中华人民共和国, with or without 《》), and the one in force on a given day.
 */
public final class LawVersions {

    private final Iris iris;

    public LawVersions(Iris iris) {
        this.iris = iris;
    }

    /** The document's IRI for a title as written. */
    public String document(String title) {
        return iris.document(LegalTitles.key(title));
    }

    /** Every version of the document, oldest first (empty when no such document is loaded). */
    public List<VersionRef> versions(GraphReader reader, String title) {
        String document = document(title);
        List<VersionRef> versions = new ArrayList<>();
        for (DocumentVersionRow r : ImpactQueries.list(reader, "impact-document-versions",
                ImpactQueries.iri("document", document), DocumentVersionRow.class)) {
            String iri = r.version();
            if (versions.stream().noneMatch(v -> v.iri().equals(iri))) {
                versions.add(new VersionRef(document, r.documentKey(), iri, Iris.slugOfVersion(iri),
                        r.versionDate(), r.inForce(), r.noLongerInForce(), r.official()));
            }
        }
        return versions;
    }

    /**
     * The version named by a year (2010) or a date (2010-04-29): by its version date, or failing
     * that by its date of entry into force.
     *
     * @throws IllegalArgumentException when no version or more than one answers to it
     */
    public VersionRef version(GraphReader reader, String title, String yearOrDate) {
        List<VersionRef> versions = versions(reader, title);
        if (versions.isEmpty()) {
            throw new ReportRequestException(ReportRequestException.Reason.NO_DOCUMENT,
                    "no document 《" + title + "》 is loaded", title);
        }
        String wanted = yearOrDate.strip();
        List<VersionRef> matches = versions.stream().filter(v -> names(v, wanted)).toList();
        if (matches.size() != 1) {
            String known = String.join("、", versions.stream().map(VersionRef::slug).toList());
            throw new ReportRequestException(matches.isEmpty() ? ReportRequestException.Reason.NO_VERSION
                    : ReportRequestException.Reason.AMBIGUOUS_VERSION, (matches.isEmpty() ? "no version of 《" + title
                    + "》 is named " : "more than one version of 《" + title + "》 is named ") + wanted + "; its versions: "
                    + versions.stream().map(VersionRef::slug).toList(), title, wanted, known);
        }
        return matches.get(0);
    }

    /** The version in force on that day, if one held here was. */
    public Optional<VersionRef> inForceOn(GraphReader reader, String title, LocalDate day) {
        return versions(reader, title).stream().filter(v -> v.inForceOn(day)).findFirst();
    }

    private static boolean names(VersionRef v, String wanted) {
        if (wanted.matches("\\d{4}")) {
            Integer year = v.year();
            return year != null && year == Integer.parseInt(wanted);
        }
        try {
            LocalDate day = LocalDate.parse(wanted);
            return day.equals(v.versionDate()) || day.equals(v.inForce());
        } catch (DateTimeParseException e) {
            return v.slug().equals(wanted);
        }
    }
}
