package org.quanze.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.quanze.graph.Iris;
import org.quanze.health.Coverage;
import org.quanze.health.CoverageExport;
import org.quanze.health.FindingKind;
import org.quanze.health.HealthExport;
import org.quanze.health.HealthFinding;
import org.quanze.health.HealthGraph;
import org.quanze.health.ReadingFinding;
import org.quanze.health.ReadingFindings;
import org.quanze.ingest.WarningKind;
import org.quanze.reading.GraphReader;
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
                "Then what the reader met reading the lists, kept with each list: slips it read past (unclosed-title, "
                        + "unclosed-history, unclosed-level, unbalanced-brackets, missing-title, unmarked-article) and "
                        + "what it kept verbatim without a meaning (unknown-level, no-article, no-unit, …).",
                "One row per finding: list, row, column, kind, document, article, the text cited and what is known "
                        + "instead (the official text; for unverifiable, the library's closest titles) and from where; "
                        + "for the reader's findings the cell's text, the sheet and the warning.",
                "--coverage: one row per list instead: its citations, how many are checked against the official text of "
                        + "the version they cite (of them, how many with an inferred version), how many only against "
                        + "another version's, how many cannot be checked.",
                "Exit status: 0 (findings are a report, not a failure)."})
final class HealthCommand extends StoreCommand {

    @Option(names = "--list", paramLabel = "IRI|NAME",
            description = "Only this list (its IRI, or its file name without extension).")
    private String list;

    @Option(names = "--kind", paramLabel = "KIND", split = ",",
            description = "Only these kinds, e.g. --kind misquote,chapter-mismatch or --kind unclosed-title.")
    private List<String> kinds = List.of();

    @Option(names = "--coverage", description = "Per list, the share of citations checked against an official text.")
    private boolean coverage;

    @Mixin
    private ReportOutput out;

    @Override
    public Integer call() {
        Set<String> codes = new TreeSet<>(Arrays.stream(FindingKind.values()).map(FindingKind::code).toList());
        Arrays.stream(WarningKind.values()).filter(WarningKind::stored).forEach(k -> codes.add(k.code()));
        Set<String> wanted = kinds.stream().map(String::strip).collect(Collectors.toSet());
        for (String k : wanted) {
            if (!codes.contains(k)) {
                throw new IllegalArgumentException("no finding kind " + k + "; the kinds: " + codes);
            }
        }
        try (GraphStore store = storeOptions.open()) {
            Iris iris = storeOptions.iris();
            ImpactCommand.current(store, storeOptions.assembly());
            String listIri = ImpactCommand.listIri(iris, list);
            if (coverage) {
                List<Coverage> lists = Coverage.read(GraphReader.of(store), listIri);
                out.write(() -> CoverageExport.csv(lists), () -> CoverageExport.json(lists));
                return 0;
            }
            List<HealthFinding> findings = HealthGraph.read(GraphReader.of(store), listIri).stream()
                    .filter(f -> wanted.isEmpty() || wanted.contains(f.kind().code())).toList();
            List<ReadingFinding> reading = ReadingFindings.withCellTexts(GraphReader.of(store),
                    ReadingFindings.read(GraphReader.of(store), listIri).stream()
                            .filter(f -> wanted.isEmpty() || wanted.contains(f.kind().code())).toList());
            out.write(() -> HealthExport.csv(findings, reading), () -> HealthExport.json(findings, reading));
            return 0;
        }
    }
}
