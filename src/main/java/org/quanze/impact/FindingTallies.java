package org.quanze.impact;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.quanze.graph.Iris;
import org.quanze.health.HealthFinding;
import org.quanze.ingest.WarningKind;
import org.quanze.vocab.QZ;

/**
 * The findings of a list file counted per kind, kept in its health graph when a load checks the file:
 * /health reads these counts ({@code health-finding-tallies.rq}) instead of every finding at every request.
 * The citation findings are counted per list; the reader's warnings per list whose table holds their cell,
 * or per file when no list's table does, as {@code health-reading-findings.rq} assigns them to lists.
 */
final class FindingTallies {

    /** What one tally counts: the findings of one kind of a list or of a file. */
    private record Key(String subject, String code, String concept) {
    }

    private FindingTallies() {
    }

    /** Adds the counts to a list file's health graph, one tally per subject and kind, named by the IRI scheme. */
    static Model write(Iris iris, Model health, List<HealthFinding> findings, List<ReadingTallyRow> reading) {
        Map<Key, Long> counts = new LinkedHashMap<>();
        // A finding is one resource of the graph by its IRI: counted once, as the page reads it.
        Map<Key, Set<String>> cited = new LinkedHashMap<>();
        findings.forEach(f -> cited.computeIfAbsent(new Key(f.place().list(), f.kind().code(), f.kind().resource().getURI()),
                k -> new TreeSet<>()).add(f.iri()));
        cited.forEach((k, ofKind) -> counts.put(k, (long) ofKind.size()));
        for (ReadingTallyRow r : reading) {
            warningKind(r.kind()).ifPresent(kind -> counts.merge(
                    new Key(r.list() != null ? r.list() : r.file(), kind.code(), r.kind()), r.n(), Long::sum));
        }
        counts.forEach((k, n) -> health.createResource(iris.findingTally(k.subject(), k.code()), QZ.Tally)
                .addProperty(QZ.tallyOf, health.createResource(k.subject()))
                .addProperty(QZ.tallyKind, health.createResource(k.concept()))
                .addProperty(QZ.tallyCount, health.createTypedLiteral(String.valueOf(n), XSDDatatype.XSDinteger)));
        return health;
    }

    /** The kind of a reader's warning by its concept ({@code qz:UnclosedTitle}). */
    private static Optional<WarningKind> warningKind(String concept) {
        return Arrays.stream(WarningKind.values()).filter(k -> QZ.kind(k.conceptName()).getURI().equals(concept)).findFirst();
    }
}
