package org.quanze.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code quanze}: with no command it serves; the commands load, check, export and query the store. */
@Command(name = "quanze", mixinStandardHelpOptions = true, version = "Quanze 0.1.0",
        description = "Quanze 权责图谱: power-and-responsibility lists as a knowledge graph linked to the "
                + "exact articles of the laws they cite. Without a command, starts the server (see serve).",
        subcommands = {ServeCommand.class, LoadCommand.class, ValidateCommand.class, ExportCommand.class,
                QueryCommand.class, BackupCommand.class, RestoreCommand.class, ImpactCommand.class, HealthCommand.class,
                CorrespondenceCommand.class, ReviseCommand.class, CommandLine.HelpCommand.class})
public final class QuanzeCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new QuanzeCommand());
        cl.setExecutionExceptionHandler(new Failures());
        return cl;
    }

    /**
     * The arguments with {@code serve} in front when no command is named, so that options of the
     * server ({@code --store}, {@code --server.port=…}) work without naming it.
     */
    public static String[] withDefaultCommand(String[] args) {
        boolean help = args.length > 0 && java.util.Set.of("-h", "--help", "-V", "--version").contains(args[0]);
        if (args.length == 0 || (args[0].startsWith("-") && !help)) {
            String[] withServe = new String[args.length + 1];
            withServe[0] = "serve";
            System.arraycopy(args, 0, withServe, 1, args.length);
            return withServe;
        }
        return args;
    }

    /** Whether the command line that ran started the server (and so must not end the JVM). */
    public static boolean startedServer(CommandLine cl) {
        CommandLine.ParseResult parsed = cl.getParseResult();
        if (parsed == null || parsed.isUsageHelpRequested() || parsed.isVersionHelpRequested()) {
            return false;
        }
        CommandLine.ParseResult sub = parsed.subcommand();
        return sub == null || ("serve".equals(sub.commandSpec().name()) && !sub.isUsageHelpRequested());
    }

    @Override
    public Integer call() {
        return spec.commandLine().getSubcommands().get("serve").execute();
    }
}
