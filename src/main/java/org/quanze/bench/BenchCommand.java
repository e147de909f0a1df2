package org.quanze.bench;

import picocli.CommandLine.Command;

/** {@code quanze bench}: corpora of N times the real data, and the benchmark run over them. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Scale data and the benchmark: generate a corpus, run the benchmark over it."},
        subcommands = {GenerateCommand.class, RunCommand.class})
public final class BenchCommand {
}
