package org.quanze;

import org.quanze.cli.QuanzeCommand;
import picocli.CommandLine;

/** The one entry point of the jar: the CLI, whose default command starts the server. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        String[] full = QuanzeCommand.withDefaultCommand(args);
        if (!"serve".equals(full[0])) {
            // The CLI speaks on standard output; only warnings and errors are logged (to standard error).
            ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                    .setLevel(ch.qos.logback.classic.Level.WARN);
        }
        CommandLine cl = QuanzeCommand.commandLine();
        int exit = cl.execute(full);
        // A started server keeps the JVM alive on its own threads; every other command ends here.
        if (exit != 0 || !QuanzeCommand.startedServer(cl)) {
            System.exit(exit);
        }
    }
}
