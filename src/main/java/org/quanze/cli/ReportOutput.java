package org.quanze.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/** The options of the commands that print a report (impact, point-in-time, correspondence, health). */
final class ReportOutput {

    /** What the report commands print. */
    enum Format { csv, json }

    @Option(names = "--format", defaultValue = "csv", description = "csv or json (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--output", paramLabel = "FILE", description = "Where to write (default: standard output).")
    private Path output;

    /** Writes the report in the format asked for (only that one is made), as UTF-8 whatever the platform's default. */
    void write(Supplier<String> csv, Supplier<String> json) {
        byte[] bytes = (format == Format.json ? json : csv).get().getBytes(StandardCharsets.UTF_8);
        try {
            if (output == null) {
                System.out.write(bytes);
                System.out.flush();
            } else {
                Files.write(output, bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + output, e);
        }
    }
}
