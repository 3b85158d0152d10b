package org.coshape.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.coshape.io.BadInput;
import org.coshape.io.IoProblems;
import org.coshape.io.WriteFailure;
import org.coshape.model.MemoryEstimate;
import org.coshape.results.Manifest;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code coshape.jar}. Exit codes: 0 done, 2 bad input (usage, scenario, input
 * files; one message, no stack trace), 1 failure while running.
 */
@Command(
        name = "coshape",
        mixinStandardHelpOptions = true,
        versionProvider = CoshapeCli.Version.class,
        description = "Simulates mutual shaping between human populations and adaptive AI systems.",
        subcommands = {
            RunCommand.class,
            SweepCommand.class,
            MergeCommand.class,
            CompareCommand.class,
            ReplayCommand.class,
            ReportCommand.class,
            ValidateCommand.class,
            ParametersCommand.class,
            BenchCommand.class,
            GuiCommand.class,
            CommandLine.HelpCommand.class
        })
public final class CoshapeCli implements Runnable {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        // listed from the registered commands, so that a new one cannot be left out (merge was)
        List<String> names = new ArrayList<>(spec.subcommands().keySet());
        names.remove("help");
        throw new CommandLine.ParameterException(
                spec.commandLine(), "a command is required: " + String.join(", ", names));
    }

    public static void main(String[] args) {
        CommandLine cl = commandLine();
        int code = execute(cl, args);
        if (code == OK && GuiCommand.keepAlive) {
            return; // the MASON console is open; it ends the JVM when closed
        }
        System.exit(code);
    }

    /** Runs the command line and returns its exit code (tests call this instead of main). */
    public static int execute(String... args) {
        return execute(commandLine(), args);
    }

    /** Runs the command line with the given output streams (for tests and embedding). */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        return execute(cl, args);
    }

    /**
     * Runs {@code cl}. picocli hands only exceptions to the execution handler; a heap exhausted
     * despite the memory check before a run (an estimate, not a bound) would otherwise end in an
     * Error's stack trace. Results are written atomically, so nothing half-written is left.
     */
    static int execute(CommandLine cl, String... args) {
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            PrintWriter err = cl.getErr();
            String what = e.getMessage() == null ? "heap exhausted" : e.getMessage();
            err.println("coshape: failed while running: out of memory (" + what + ", maximum heap "
                    + MemoryEstimate.gib(Runtime.getRuntime().maxMemory())
                    + "): start Java with a larger heap, e.g. java -Xmx16g -jar sim/target/coshape.jar ...");
            err.flush();
            return FAILURE;
        }
    }

    /** The longest message printed whole; a longer one (a value echoed whole) is cut in the middle. */
    static final int MAX_MESSAGE = 600;

    /** A message as printed: whole when short, else its start and end around a note of what was cut. */
    static String brief(String message) {
        if (message == null || message.length() <= MAX_MESSAGE) {
            return message;
        }
        int keep = MAX_MESSAGE / 2;
        return message.substring(0, keep) + " [... " + (message.length() - 2 * keep) + " characters cut ...] "
                + message.substring(message.length() - keep);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new CoshapeCli());
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            PrintWriter err = line.getErr();
            if (ex instanceof BadInput) {
                err.println("coshape: " + brief(ex.getMessage()));
                err.flush();
                return BAD_INPUT;
            }
            if (ex instanceof WriteFailure) { // a fault, not a bug: one message, no trace
                err.println("coshape: " + brief(ex.getMessage()));
                err.flush();
                return FAILURE;
            }
            if (ex instanceof UncheckedIOException io) { // a file fault: its file and reason, no class names
                err.println("coshape: " + brief(IoProblems.describe(io)));
                err.flush();
                return FAILURE;
            }
            err.println("coshape: failed while running: " + ex);
            if (System.getenv("COSHAPE_DEBUG") != null) {
                ex.printStackTrace(err);
            } else {
                err.println("(set COSHAPE_DEBUG=1 for the stack trace)");
            }
            err.flush();
            return FAILURE;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("coshape: " + brief(ex.getMessage()));
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            err.flush();
            return BAD_INPUT;
        });
        return cl;
    }

    /** Reports the jar's version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"coshape " + Manifest.version()};
        }
    }
}
