package org.ozvo.ingest.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ozvo.ingest.product.FailureMessages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Entry point of {@code bin/ingest}: dispatches to the subcommands. */
@Command(name = "ingest", mixinStandardHelpOptions = true, version = "ingest 0.1",
    description = "Loads survey spectra into the archive (ObsCore rows, simplified FITS products, originals)"
        + " and looks after them.",
    subcommands = {LoadCommand.class, ConvertCommand.class, DeleteCommand.class, StatsCommand.class,
        VerifyCommand.class, SynthCommand.class, CommandLine.HelpCommand.class},
    footerHeading = "%n",
    footer = {"Environment (bin/env.sh has defaults): VO_DB_URL, VO_DB_USER, VO_DB_PASSWORD, VO_DB_READER_USER,"
        + " VO_DB_READER_PASSWORD, VO_DATA_DIR, VO_BASE_URL, VO_AUTHORITY, VO_ORIGINALS (copy|reference).",
        "Exit status: 0 ok, 1 some files failed or problems were found, 2 bad command line, 3 could not run"
        + " (configuration, database, disk)."})
public final class IngestMain implements Callable<Integer> {

    /** Held here: java.util.logging keeps loggers only weakly. */
    private static final Logger FLYWAY_LOGGER = Logger.getLogger("org.flywaydb");
    private static final Logger FITS_LOGGER = Logger.getLogger("nom.tam");

    private final IngestEnvironment environment;

    @Spec
    private CommandSpec spec;

    public IngestMain(IngestEnvironment environment) {
        this.environment = environment;
    }

    IngestEnvironment environment() {
        return environment;
    }

    /** Without a subcommand: usage, as for any bad command line. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("ingest: a command is required");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /**
     * Libraries log through java.util.logging on stderr: Flyway every migration check (and a
     * warning that pg_sphere exists, on every new database), nom-tam-fits a warning with a
     * stack trace for every damaged file a loader probes. The commands report failures in one
     * line themselves (a failed migration is an exception), so only severe messages are kept.
     */
    static void quietLibraryLogging() {
        FLYWAY_LOGGER.setLevel(Level.SEVERE);
        FITS_LOGGER.setLevel(Level.SEVERE);
    }

    /** The command line with this project's error handling; used by {@link #main} and tests. */
    public static CommandLine commandLine(IngestEnvironment environment) {
        quietLibraryLogging();
        CommandLine cl = new CommandLine(new IngestMain(environment));
        // Bad command line: the reason, then the usage of the (sub)command concerned.
        cl.setParameterExceptionHandler((e, args) -> {
            CommandLine command = e.getCommandLine();
            PrintWriter err = command.getErr();
            err.println(command.getCommandSpec().qualifiedName() + ": " + e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
            command.usage(err);
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((e, command, parseResult) -> {
            String message = e instanceof IllegalStateException ? e.getMessage() : FailureMessages.of(e);
            command.getErr().println(command.getCommandSpec().qualifiedName() + ": error: " + message);
            return ExitCodes.ERROR;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine(new IngestEnvironment(System::getenv)).execute(args));
    }
}
