package org.quanze.cli;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.quanze.graph.Iris;
import org.quanze.graph.Ontology;
import org.quanze.impact.GraphReader;
import org.quanze.impact.health.Coverage;
import org.quanze.impact.health.CoverageExport;
import org.quanze.impact.health.FindingKind;
import org.quanze.impact.health.HealthExport;
import org.quanze.impact.health.HealthFinding;
import org.quanze.impact.health.HealthGraph;
import org.quanze.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code quanze health}: what is wrong with the citations of the loaded lists, cell by cell. */
@Command(name = "health", mixinStandardHelpOptions = true,
        description = {"Checks every citation of the loaded lists: level tag (level-mismatch), chapter "
                + "(chapter-mismatch), quote against the official text (minor-misquote, misquote), that the article "
                + "exists (no-such-article), 同N that point to nothing (dangling-reference), and says so when only "
                + "another version's official text is held (other-version: compared with that one) or none at all "
                + "(unverifiable: the finding names the law library's closest titles, library-titles, or says none "
                + "comes close, not-in-library).",
                "One row per finding: list, row, column, kind, document, article, the text cited and what is known "
                        + "instead (the official text; for unverifiable, the library's closest titles) and from where.",
                "--coverage: one row per list instead: its citations, how many are checked against the official text of "
                        + "the version they cite (of them, how many with an inferred version), how many only against "
                        + "another version's, how many cannot be checked.",
                "Exit status: 0 (findings are a report, not a failure)."})
final class HealthCommand implements Callable<Integer> {

    @Mixin
    private StoreOptions storeOptions;

    @Option(names = "--list", paramLabel = "IRI|NAME",
            description = "Only this list (its IRI, or its file name without extension).")
    private String list;

    @Option(names = "--kind", paramLabel = "KIND", split = ",",
            description = "Only these kinds, e.g. --kind misquote,chapter-mismatch.")
    private List<String> kinds = List.of();

    @Option(names = "--coverage", description = "Per list, the share of citations checked against an official text.")
    private boolean coverage;

    @Mixin
    private ReportOutput out;

    @Override
    public Integer call() {
        Set<FindingKind> wanted = kinds.stream().map(k -> FindingKind.ofCode(k.strip()).orElseThrow(() ->
                new IllegalArgumentException("no finding kind " + k + "; the kinds: "
                        + java.util.Arrays.stream(FindingKind.values()).map(FindingKind::code).toList())))
                .collect(Collectors.toSet());
        Ontology ontology = Ontology.load();
        try (GraphStore store = storeOptions.open(ontology)) {
            Iris iris = storeOptions.iris();
            ImpactCommand.current(store, iris, ontology);
            if (coverage) {
                List<Coverage> lists = Coverage.read(GraphReader.of(store), ImpactCommand.listIri(iris, list));
                out.write(() -> CoverageExport.csv(lists), () -> CoverageExport.json(lists));
                return 0;
            }
            List<HealthFinding> findings = HealthGraph.read(GraphReader.of(store), ImpactCommand.listIri(iris, list))
                    .stream().filter(f -> wanted.isEmpty() || wanted.contains(f.kind())).toList();
            out.write(() -> HealthExport.csv(findings), () -> HealthExport.json(findings));
            return 0;
        }
    }
}
