package org.quanze.impact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.rdf.model.Model;
import org.quanze.graph.Iris;
import org.quanze.health.HealthFinding;
import org.quanze.health.HealthGraph;
import org.quanze.health.LevelTags;
import org.quanze.reading.CitationRecord;
import org.quanze.reading.GraphReader;
import org.quanze.reading.ImpactQueries;

/**
 * The health graph of one list file ({@code graph/health/{file}}), built here for the full recompute
 * ({@link ImpactGraphs#compute}) and for a scoped load ({@link ScopedUpdates}) alike, so that what a load
 * keeps cannot drift from what the recompute that checks it calls for: the file's findings and the level
 * tags of its citations ({@link HealthGraph}), its citations of each article counted ({@link ArticleTallies}) and of
 * each version digested ({@link CitationDigests}) and counted ({@link VersionTallies}),
 * its powers per facet of the powers page ({@link FacetTallies}), its lists' duties, cases and citations
 * ({@link MemberTallies}), its findings per kind ({@link FindingTallies}) and its lists' coverage ({@link CoverageTallies}).
 */
final class FileHealthGraph {

    /**
     * What is counted from a list file's own graph: its citations per article and per version, its reader's warnings
     * per kind, its powers per value of each facet of the powers page, its lists' duties, cases and citations, and its
     * citations as the coverage table counts them (with the texts they cite).
     */
    record Counts(List<ArticleTallyRow> articles, List<ReadingTallyRow> reading, List<FacetTallyRow> facets,
                  List<MemberTallyRow> members, List<CoverageCitationRow> coverage,
                  Map<String, List<SummaryCitation>> digests, List<VersionTallyRow> versions) {

        static final Counts NONE = new Counts(List.of(), List.of(), List.of(), List.of(), List.of(), Map.of(), List.of());
    }

    private FileHealthGraph() {
    }

    /**
     * The counts of every list file the reader holds, by the file's graph: one query of each kind for all files, and
     * the citations of each article counted from {@code citations}, the records already read of each file's graph.
     */
    static Map<String, Counts> count(GraphReader reader, Map<String, List<CitationRecord>> citations) {
        Map<String, List<ArticleTallyRow>> articles = new HashMap<>();
        Map<String, Map<String, List<SummaryCitation>>> digests = new HashMap<>();
        citations.forEach((graph, records) -> {
            articles.put(graph, ArticleTallyRow.of(records));
            digests.put(graph, CitationDigests.of(records));
        });
        Map<String, List<ReadingTallyRow>> reading = byGraph(reader, "impact-reading-tallies", ReadingTallyRow.class, ReadingTallyRow::graph);
        Map<String, List<FacetTallyRow>> facets = byGraph(reader, "impact-power-facets", FacetTallyRow.class, FacetTallyRow::graph);
        Map<String, List<MemberTallyRow>> members = byGraph(reader, "impact-member-tallies", MemberTallyRow.class, MemberTallyRow::graph);
        Map<String, List<CoverageCitationRow>> coverage = byGraph(reader, "impact-coverage-citations", CoverageCitationRow.class,
                CoverageCitationRow::graph);
        Map<String, List<VersionTallyRow>> versions = byGraph(reader, "impact-version-tallies", VersionTallyRow.class,
                VersionTallyRow::graph);
        Set<String> graphs = new HashSet<>(articles.keySet());
        graphs.addAll(versions.keySet());
        graphs.addAll(reading.keySet());
        graphs.addAll(facets.keySet());
        graphs.addAll(members.keySet());
        graphs.addAll(coverage.keySet());
        Map<String, Counts> counts = new HashMap<>();
        graphs.forEach(g -> counts.put(g, new Counts(articles.getOrDefault(g, List.of()), reading.getOrDefault(g, List.of()),
                facets.getOrDefault(g, List.of()), members.getOrDefault(g, List.of()), coverage.getOrDefault(g, List.of()),
                digests.getOrDefault(g, Map.of()), versions.getOrDefault(g, List.of()))));
        return counts;
    }

    /** The rows of one counting query, by the list file's graph each is of. */
    private static <T extends Record> Map<String, List<T>> byGraph(GraphReader reader, String query, Class<T> type,
                                                             Function<T, String> graph) {
        Map<String, List<T>> byGraph = new HashMap<>();
        ImpactQueries.whole(reader, query, Map.of(), type).forEach(r -> byGraph.computeIfAbsent(graph.apply(r), g -> new ArrayList<>()).add(r));
        return byGraph;
    }

    /**
     * The health graph of the list file whose graph is {@code listGraph}: its findings (computed against the
     * level tags of every list), the level tags of its own citations, and its counts.
     */
    static Model build(Iris iris, String listGraph, List<HealthFinding> findings, LevelTags ownTags, Counts counts) {
        Model health = HealthGraph.write(iris, iris.healthGraphOf(listGraph), listGraph, findings, ownTags);
        ArticleTallies.write(iris, health, counts.articles());
        CitationDigests.write(iris, health, listGraph, counts.digests());
        VersionTallies.write(iris, health, listGraph, counts.versions());
        FacetTallies.write(iris, health, counts.facets());
        MemberTallies.write(iris, health, counts.members());
        CoverageTallies.write(iris, health, counts.coverage(), findings);
        return FindingTallies.write(iris, health, findings, counts.reading());
    }
}
