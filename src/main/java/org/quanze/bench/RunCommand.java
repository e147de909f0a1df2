package org.quanze.bench;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code quanze bench run}: placeholder. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Runs the benchmark.")
final class RunCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
