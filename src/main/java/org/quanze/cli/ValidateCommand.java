package org.quanze.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.quanze.assembly.Assembly;
import org.quanze.load.LoadListener;
import org.quanze.load.LoadReport;
import org.quanze.load.Loader;
import org.quanze.load.Source;
import org.quanze.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code quanze validate}: the shapes report of the store, or a dry run of a load. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks the store against the shapes (ontology/shapes.ttl) and lists every violation.",
                "With files or folders: reads and checks them exactly as 'load' would, with the store's data, "
                        + "and writes nothing.",
                "Exit status: 0 when everything conforms, 1 otherwise."})
final class ValidateCommand extends StoreCommand {

    @Parameters(paramLabel = "FILE|FOLDER", arity = "0..*", description = "Files or folders to check without loading.")
    private List<Path> paths = List.of();

    @Override
    public Integer call() {
        PrintWriter out = stdout();
        try (GraphStore store = storeOptions.open()) {
            if (!paths.isEmpty()) {
                // A dry run: read and checked as a load would, with the impact graphs; no change to record.
                Loader loader = storeOptions.assembly().loader(store, Set.of(Assembly.Contribution.IMPACT_GRAPHS));
                LoadReport report = loader.check(Source.fromPaths(paths), LoadListener.NONE);
                new LoadSummary(out, false).print(report);
                return report.hasFailures() ? 1 : 0;
            }
            List<String> violations = store.validate();
            violations.forEach(v -> out.println("violation: " + v));
            out.printf("%d quads checked against the shapes: %s%n", store.size(),
                    violations.isEmpty() ? "the store conforms" : violations.size() + " violations");
            out.flush();
            return violations.isEmpty() ? 0 : 1;
        }
    }
}
