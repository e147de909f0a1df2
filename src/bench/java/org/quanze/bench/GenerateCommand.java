package org.quanze.bench;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code quanze bench generate}: writes a corpus of N times the real lists. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes a corpus of N times the bundled lists (1 = the bundled data as it is), in the formats "
                + "of the sources: new regions, the same kinds of departments, citations varied among those of the "
                + "real lists. The same seed gives the same files."})
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--scale", required = true, paramLabel = "N", description = "How many times the real data.")
    int scale;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write (laws/, lists/, corpus.manifest).")
    Path out;

    @Option(names = "--seed", defaultValue = "20260101", paramLabel = "S", description = "The seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Corpus corpus = new CorpusGenerator(seed).generate(out, scale);
        spec.commandLine().getOut().printf("%d× corpus in %s: %d list files, %d rows, %d powers, %.1f MB (seed %d)%n",
                scale, out, corpus.lists().size(), corpus.rows(), corpus.powers(), corpus.bytes() / 1e6, seed);
        return 0;
    }
}
