package org.quanze.health;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.quanze.reading.GraphReader;
import org.quanze.reading.ImpactQueries;

/**
 * How many of a list's citations are checked against an official text: those whose cited version's
 * text is held ({@code checked}; {@code inferred} of them cite no version, which was inferred), those
 * compared only with another version's text ({@code otherVersion}), and the rest, known only from the
 * list. The share checked is what the law library gives a list. Of the checked, {@code withFindings}
 * have a finding (misquote, chapter, level, …); the others are found right.
 */
public record Coverage(String list, String title, int citations, int checked, int inferred, int otherVersion,
                       int withFindings) {

    /** The citations checked and found right: no finding but "cannot be checked". */
    public int right() {
        return checked - withFindings;
    }

    /** The citations whose document has no official text here at all. */
    public int unknown() {
        return citations - checked - otherVersion;
    }

    /** The share checked against the cited version's official text, in percent, one decimal. */
    public double share() {
        return citations == 0 ? 0 : Math.round(1000.0 * checked / citations) / 10.0;
    }

    /**
     * The coverage of every list (or of one, {@code listIri} not null), in the order of their titles: from the
     * counts each load keeps, or, when the store holds none (its findings are of a format before them and the
     * server's start is recomputing them; or no list cites a version), counted from the citations.
     */
    public static List<Coverage> read(GraphReader reader, String listIri) {
        Map<String, Node> params = listIri == null ? Map.of() : ImpactQueries.iri("list", listIri);
        List<Coverage> kept = read(reader, "health-coverage", params);
        return kept.isEmpty() ? read(reader, "health-coverage-counted", params) : kept;
    }

    private static List<Coverage> read(GraphReader reader, String query, Map<String, Node> params) {
        List<Coverage> coverage = new ArrayList<>();
        for (CoverageRow r : ImpactQueries.whole(reader, query, params, CoverageRow.class)) {
            coverage.add(new Coverage(r.list(), r.title(), r.citations(), r.checkedCount(), r.inferredCount(),
                    r.otherVersionCount(), r.withFindingsCount()));
        }
        return coverage;
    }

    /** The share as pages show it: one decimal always (73.0). */
    public String shareText() {
        return String.format(java.util.Locale.ROOT, "%.1f", share());
    }

    /** All lists together. */
    public static Coverage total(List<Coverage> lists) {
        return new Coverage(null, null, lists.stream().mapToInt(Coverage::citations).sum(),
                lists.stream().mapToInt(Coverage::checked).sum(), lists.stream().mapToInt(Coverage::inferred).sum(),
                lists.stream().mapToInt(Coverage::otherVersion).sum(), lists.stream().mapToInt(Coverage::withFindings).sum());
    }
}
