package org.quanze.impact;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.quanze.graph.CoverageBucket;
import org.quanze.graph.Iris;
import org.quanze.health.FindingKind;
import org.quanze.health.HealthFinding;
import org.quanze.vocab.QZ;

/**
 * The coverage of each list counted when a load checks its file and kept in the file's health graph: of its
 * citations, how many are checked against the official text of the version they cite, how many of those cite
 * a version inferred, how many can be compared with another version's text only, and how many of the checked
 * have a finding (their own or, for a 同N, the repeated citation's) other than "cannot be checked". /health
 * and a list's page read these ({@code health-coverage.rq}) instead of counting every citation at each request.
 */
final class CoverageTallies {

    /** What the rows say of one citation, each flag true if any row of it says so. */
    private static final class Cited {
        boolean official;
        boolean inferred;
        boolean otherVersion;
        final Set<String> written = new TreeSet<>();

        /** Whether the citation counts in that column; {@code found}: the citations with a finding that counts. */
        boolean in(CoverageBucket bucket, Set<String> found) {
            return switch (bucket) {
                case CITED -> true;
                case CHECKED -> official;
                case INFERRED -> inferred;
                case OTHER_VERSION -> otherVersion;
                case WITH_FINDINGS -> official && written.stream().anyMatch(found::contains);
            };
        }
    }

    private CoverageTallies() {
    }

    /** Adds the counts of each list of the file to its health graph, given the findings just computed for it. */
    static Model write(Iris iris, Model health, List<CoverageCitationRow> rows, List<HealthFinding> findings) {
        Set<String> found = findings.stream().filter(f -> f.kind() != FindingKind.UNVERIFIABLE)
                .map(f -> f.about().citation()).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, Map<String, Cited>> lists = new TreeMap<>();
        for (CoverageCitationRow r : rows) {
            Cited c = lists.computeIfAbsent(r.list(), l -> new LinkedHashMap<>()).computeIfAbsent(r.citation(), x -> new Cited());
            c.official |= r.official() == 1;
            c.inferred |= r.inferred() == 1;
            c.otherVersion |= r.otherVersion() == 1;
            c.written.add(r.citation());
            if (r.repeats() != null) {
                c.written.add(r.repeats());
            }
        }
        lists.forEach((list, citations) -> {
            Map<CoverageBucket, Long> n = new EnumMap<>(CoverageBucket.class);
            for (CoverageBucket bucket : CoverageBucket.values()) {
                n.put(bucket, citations.values().stream().filter(c -> c.in(bucket, found)).count());
            }
            n.forEach((bucket, count) -> health.createResource(iris.coverageTally(list, bucket), QZ.Tally)
                    .addProperty(QZ.tallyOf, health.createResource(list)).addProperty(QZ.tallyList, health.createResource(list))
                    .addProperty(QZ.tallyCoverage, bucket.code())
                    .addProperty(QZ.tallyCount, health.createTypedLiteral(String.valueOf(count), XSDDatatype.XSDinteger)));
        });
        return health;
    }
}
