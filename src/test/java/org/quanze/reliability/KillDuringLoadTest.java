package org.quanze.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CLI load killed with SIGKILL in the middle of its write transaction: the store restarts as it
 * was before that load, and the lock the dead process left behind does not stop the next one.
 */
class KillDuringLoadTest {

    @TempDir
    Path dir;

    /** Runs the CLI in a JVM of its own (the store allows one JVM at a time). */
    private Process quanze(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), "org.quanze.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private String run(String... args) throws Exception {
        Process p = quanze(args);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    private List<String> quads(String store) throws Exception {
        Path file = dir.resolve("export-" + System.nanoTime() + ".nq");
        run("export", "--store", store, "--format", "nquads", "--output", file.toString());
        return Files.readAllLines(file).stream().sorted().toList();
    }

    @Test
    void shouldRestartAsBeforeTheLoadThatWasKilled() throws Exception {
        String store = dir.resolve("store").toString();
        run("load", "--store", store);
        List<String> before = quads(store);
        assertThat(before).hasSizeGreaterThan(10_000);

        Path big = BigList.write(dir.resolve("big-list.txt"), 300);
        Process load = quanze("load", "--store", store, big.toString());
        BufferedReader out = new BufferedReader(new InputStreamReader(load.getInputStream(), StandardCharsets.UTF_8));
        String line;
        boolean writing = false;
        while ((line = out.readLine()) != null) {
            if (line.contains("writing in one transaction")) {
                writing = true;
                break;
            }
        }
        assertThat(writing).as("the load reached its write transaction").isTrue();
        Thread.sleep(1500);
        assertThat(load.isAlive()).as("the load is still inside its transaction when it is killed").isTrue();
        new ProcessBuilder("kill", "-9", Long.toString(load.pid())).start().waitFor();
        assertThat(load.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(load.exitValue()).isEqualTo(137);

        assertThat(quads(store)).as("the store after the killed load").isEqualTo(before);
        String again = run("load", "--store", store);
        assertThat(again).contains("0 loaded, 8 unchanged");
    }

    @Test
    void shouldSayClearlyWhenAnotherProcessHoldsTheStore() throws Exception {
        Path folder = dir.resolve("busy");
        try (var holder = org.quanze.store.Tdb2Store.open(folder, org.quanze.Fixtures.IRIS.derivedGraph(),
                org.quanze.Fixtures.ontology())) {
            Process p = quanze("validate", "--store", folder.toString());
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isEqualTo(1);
            assertThat(out).contains("cannot open the store").contains("another Quanze process");
            assertThat(holder.size()).isZero();
        }
    }
}
