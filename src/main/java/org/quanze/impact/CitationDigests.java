package org.quanze.impact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.quanze.graph.Iris;
import org.quanze.reading.CitationRecord;
import org.quanze.vocab.QZ;

/**
 * A list file's citations of each version, digested ({@link CitationDigest}) into the file's health graph
 * when a load checks the file, from the records the check reads anyway: the impact report counts a version's
 * citations from the digests of the files citing it ({@code impact-summary-kept.rq}).
 */
final class CitationDigests {

    private CitationDigests() {
    }

    /** The citations of each version, as the report counts them, in the order of {@code records}. */
    static Map<String, List<SummaryCitation>> of(List<CitationRecord> records) {
        Map<String, List<SummaryCitation>> byVersion = new LinkedHashMap<>();
        records.forEach(r -> byVersion.computeIfAbsent(r.resolved().version(), v -> new ArrayList<>()).add(summary(r)));
        return byVersion;
    }

    /** Adds one digest per version to the health graph of the list file whose graph is {@code listGraph}. */
    static Model write(Iris iris, Model health, String listGraph, Map<String, List<SummaryCitation>> byVersion) {
        byVersion.forEach((version, rows) -> health.createResource(iris.citationDigest(version, listGraph), QZ.CitationDigest)
                .addProperty(QZ.digestOf, health.createResource(version))
                .addProperty(QZ.digestRows, CitationDigest.encode(version, rows)));
        return health;
    }

    private static SummaryCitation summary(CitationRecord r) {
        return new SummaryCitation(r.iri(), r.list(), r.source().listTitle(), r.backs().power(), r.backs().powerNumber(),
                r.backs().unitName(), r.resolved().article(), r.resolved().articleNumber());
    }
}
