package org.quanze.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code bench}: corpora of N times the real data, and the benchmark run over them. Not the product:
 * compiled with the tests (src/bench/java), outside the jar, and started by {@code src/bench/bench.sh}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Scale data and the benchmark: generate a corpus, run the benchmark over it."},
        subcommands = {GenerateCommand.class, RunCommand.class, CommandLine.HelpCommand.class})
public final class BenchCommand {

    public static void main(String[] args) {
        // As the CLI: the report on standard output; only warnings and errors are logged.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        System.exit(new CommandLine(new BenchCommand()).execute(args));
    }
}
