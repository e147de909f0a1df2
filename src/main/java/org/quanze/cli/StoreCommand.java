package org.quanze.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that opens the store: its store options, and the command line's output it reports to. */
abstract class StoreCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Spec
    private CommandSpec spec;

    /** The command line's standard output (a test reads it from there). */
    PrintWriter stdout() {
        return spec.commandLine().getOut();
    }
}
