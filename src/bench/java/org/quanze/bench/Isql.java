package org.quanze.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Runs SQL on a Virtuoso as its database administrator through {@code isql-vt}: the one runner of the
 * benchmark's bulk load ({@link VirtuosoBench}) and of the tests' standalone Virtuoso (which compile with
 * this source set). A failure names the statements and holds what {@code isql-vt} said.
 *
 * @param program  the {@code isql-vt} to run (a path, or a name looked up on the PATH)
 * @param hostPort Virtuoso's SQL port, {@code HOST:PORT}
 * @param password the {@code dba} password
 */
public record Isql(String program, String hostPort, String password) {

    /** The statements' output; a failure when {@code isql-vt} exits with an error or reports one. */
    public String run(String statements) {
        try {
            Process isql = new ProcessBuilder(List.of(program, hostPort, "dba", password, "exec=" + statements))
                    .redirectErrorStream(true).start();
            // The output is read to its end first: a bulk load may take an hour, and ends with its process.
            String out = new String(isql.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (isql.waitFor() != 0 || out.contains("*** Error")) {
                throw new IllegalStateException("isql-vt failed on " + statements + ": " + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
