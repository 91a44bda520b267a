package io.github.clusterfolio.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code clusterfolio} command: {@code render}, {@code validate} and {@code schema}. Its exit codes
 * are those of {@link ExitCode}; no stack trace reaches the user unless {@code --debug} (or the
 * environment variable {@code CLUSTERFOLIO_DEBUG}) asks for one.
 */
@Command(
        name = "clusterfolio",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        synopsisSubcommandLabel = "COMMAND",
        header = "Keeps a region's clusters and networks in one YAML file and renders a print PDF brochure, "
                + "CSV exports and HTML fragments from it.",
        description = {
            "",
            "Without a FILE, 'render' uses the bundled Metropolregion Nordwest dataset: 'clusterfolio render' writes"
                    + " a brochure, CSV files and HTML fragments into out/ straight away.",
        },
        commandListHeading = "%nCommands:%n",
        subcommands = {RenderCommand.class, ValidateCommand.class, SchemaCommand.class, LabelsCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done",
            "1:invalid input data (the problems are printed)",
            "2:wrong usage: unknown option, format or language, missing file, output path that is a file",
            "3:failed while rendering or writing; the output folder was left as it was",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  clusterfolio render                       the bundled dataset into out/",
            "  clusterfolio render region.yaml --format pdf --lang de --out dist",
            "  clusterfolio validate --format github region.yaml",
            "  clusterfolio schema > clusterfolio-1.schema.json",
        })
public final class ClusterfolioCommand implements Callable<Integer> {
    /** The environment variable that turns on stack traces, like {@code --debug}. */
    static final String DEBUG_VARIABLE = "CLUSTERFOLIO_DEBUG";

    private final Environment environment;

    @Spec
    private CommandSpec spec;

    private boolean debug;

    /** A command that reads the process's environment. */
    public ClusterfolioCommand() {
        this(Environment.system());
    }

    ClusterfolioCommand(Environment environment) {
        this.environment = environment;
    }

    /**
     * Runs the command line and exits the JVM with its exit code.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        PrintWriter out = writer(System.out);
        PrintWriter err = writer(System.err);
        int exitCode = run(Environment.system(), out, err, args);
        out.flush();
        err.flush();
        System.exit(exitCode);
    }

    /**
     * Runs the command line with the given streams and environment, and returns the exit code instead of
     * exiting. Never throws.
     */
    static int run(Environment environment, PrintWriter out, PrintWriter err, String... args) {
        ClusterfolioCommand root = new ClusterfolioCommand(environment);
        CommandLine commandLine = new CommandLine(root);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler(ClusterfolioCommand::usageError);
        commandLine.setExecutionExceptionHandler((exception, command, parseResult) ->
                failure(exception, command, root.debugging()));
        try {
            return commandLine.execute(args);
        } catch (Throwable throwable) {
            // Errors such as OutOfMemoryError escape picocli's handlers; still one line, no trace.
            return failure(throwable, commandLine, root.debugging());
        }
    }

    /** Without a command: the usage on stderr, exit code 2. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }

    /** Whether stack traces are printed: {@code --debug} or {@code CLUSTERFOLIO_DEBUG} set to anything but false or 0. */
    boolean debugging() {
        String variable = environment.variable(DEBUG_VARIABLE).orElse("").strip();
        return debug || !(variable.isEmpty() || variable.equals("0") || variable.equalsIgnoreCase("false"));
    }

    @Option(
            names = "--debug",
            scope = ScopeType.INHERIT,
            description = "On failure, print stack traces (also: environment variable CLUSTERFOLIO_DEBUG=1).")
    void debug(boolean debug) {
        // Inherited options call the setter of the command that declares them, whichever command the user gave it to.
        this.debug = debug;
    }

    Environment environment() {
        return environment;
    }

    /** One line for a usage error, suggesting the nearest option or command for a typo. */
    private static int usageError(ParameterException exception, String[] args) {
        CommandLine command = exception.getCommandLine();
        String line = qualifiedName(command) + ": " + usageMessage(exception) + "; see '" + qualifiedName(command)
                + " --help'";
        command.getErr().println(line);
        command.getErr().flush();
        return ExitCode.USAGE;
    }

    private static String usageMessage(ParameterException exception) {
        CommandSpec command = exception.getCommandLine().getCommandSpec();
        if (exception instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String argument = unmatched.getUnmatched().getFirst();
            if (argument.startsWith("-") && argument.length() > 1) {
                String name = argument.contains("=") ? argument.substring(0, argument.indexOf('=')) : argument;
                return "unknown option '" + name + "'" + Suggestions.didYouMean(name, command.optionsMap().keySet());
            }
            if (!command.subcommands().isEmpty()) {
                return "unknown command '" + argument + "'" + Suggestions.didYouMean(argument, command.subcommands().keySet());
            }
            return "unexpected argument '" + argument + "'";
        }
        String message = String.valueOf(exception.getMessage());
        return message.isEmpty() ? message : Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }

    /** Maps an exception from a command to its exit code, printing one line and the causes briefly. */
    static int failure(Throwable exception, CommandLine command, boolean debug) {
        PrintWriter err = command.getErr();
        String name = qualifiedName(command);
        if (StopOnSignal.stopping()) {
            // A signal stops the run: its handler prints the one line that says so and sets the exit code.
            return ExitCode.FAILED;
        }
        if (exception instanceof UsageException usage) {
            err.println(name + ": " + usage.getMessage());
            err.flush();
            return ExitCode.USAGE;
        }
        err.println(name + ": " + Failures.describe(exception));
        for (String cause : Failures.causes(exception)) {
            err.println("  because: " + cause);
        }
        if (debug) {
            exception.printStackTrace(err);
        } else if (Failures.isInternal(exception)) {
            err.println("  This is a bug in clusterfolio or one of its renderers; please report it with the output of"
                    + " --debug.");
        }
        err.flush();
        return ExitCode.FAILED;
    }

    private static String qualifiedName(CommandLine command) {
        return command.getCommandSpec().qualifiedName();
    }

    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, stream.charset()), true);
    }
}
