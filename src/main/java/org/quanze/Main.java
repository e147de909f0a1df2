package org.quanze;

import org.quanze.cli.QuanzeCommand;
import picocli.CommandLine;

/** The one entry point of the jar: the CLI, whose default command starts the server. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        CommandLine cl = QuanzeCommand.commandLine();
        int exit = cl.execute(QuanzeCommand.withDefaultCommand(args));
        // A started server keeps the JVM alive on its own threads; every other command ends here.
        if (exit != 0 || !QuanzeCommand.startedServer(cl)) {
            System.exit(exit);
        }
    }
}
