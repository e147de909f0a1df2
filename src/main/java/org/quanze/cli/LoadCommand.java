package org.quanze.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.quanze.load.FileReport;
import org.quanze.load.LoadListener;
import org.quanze.load.LoadOptions;
import org.quanze.load.LoadReport;
import org.quanze.load.Loader;
import org.quanze.load.Source;
import org.quanze.store.GraphStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code quanze load}: reads lists and law texts into the store. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Reads lists (.xlsx, .xls, .docx, .csv, .txt; the format told by the content, not the name) and "
                        + "official law texts (the national law database's Markdown, plain text or .docx) into the store, "
                        + "from files or folders.",
                "Without files, loads the lists bundled with Quanze.",
                "The law library (data/laws) goes with every load: every version it has of every document the lists "
                        + "cite is added; --library adds all of it.",
                "Each file becomes one named graph; a file loaded before with the same bytes is skipped.",
                "A file that cannot be read is reported with its row and column and left out; the others are "
                        + "written together in one transaction, checked against the shapes first.",
                "A slip in a cell (a 《, （ or 【 never closed, a bracket too many, a 第 or a title left out) damages "
                        + "that cell only: it is read as a person reads past it and reported as a warning, unless "
                        + "--strict.",
                "Exit status: 0 when every file loaded, 1 when any failed."})
final class LoadCommand extends StoreCommand {

    @Parameters(paramLabel = "FILE|FOLDER", arity = "0..*", description = "Files or folders to load.")
    private List<Path> paths = List.of();

    @CommandLine.Option(names = "--quiet", description = "Print only failures and the summary line.")
    private boolean quiet;

    @CommandLine.Option(names = "--strict", description = "Refuse a list with any slip, naming each one, and leave "
            + "its graph as it was (for those who publish lists and want them clean).")
    private boolean strict;
    @CommandLine.Option(names = "--library", description = "Add every text of the law library, not only those of the "
            + "documents the lists cite.")
    private boolean wholeLibrary;

    @Override
    public Integer call() {
        PrintWriter out = stdout();
        List<Source> sources = paths.isEmpty() ? Source.bundled() : Source.fromPaths(paths);
        try (GraphStore store = storeOptions.open()) {
            Loader loader = storeOptions.assembly().loader(store);
            LoadReport report;
            LoadOptions options = LoadOptions.DEFAULT.strict(strict).withWholeLibrary(wholeLibrary);
            if (System.console() == null) {
                report = loader.load(sources, new LoadListener() {
                    @Override
                    public void committing() {
                        System.err.println("writing in one transaction…");
                    }
                }, options);
            } else {
                // A bar only on a terminal: in logs and pipes it would only be noise.
                try (ProgressBar bar = new ProgressBarBuilder().setTaskName("load").setInitialMax(sources.size())
                        .setConsumer(new ConsoleProgressBarConsumer(System.err)).hideEta().build()) {
                    report = loader.load(sources, new BarListener(bar), options);
                }
            }
            new LoadSummary(out, quiet).print(report);
            return report.hasFailures() ? 1 : 0;
        }
    }

    /** Moves the progress bar on as each file is read. */
    private record BarListener(ProgressBar bar) implements LoadListener {
        @Override
        public void fileDone(FileReport report) {
            bar.setExtraMessage(Path.of(report.file()).getFileName().toString());
            bar.step();
        }

        @Override
        public void committing() {
            bar.setExtraMessage("validating and writing");
        }
    }
}
