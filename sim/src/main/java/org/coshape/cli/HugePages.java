package org.coshape.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import org.coshape.model.HotSpotOptions;
import org.coshape.model.MemoryEstimate;
import org.coshape.scenario.Scenario;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Transparent huge pages for large populations. Where the operating system hands them out only
 * on request (transparent_hugepage "madvise"), Java's heap gets them only when Java was started
 * with -XX:+UseTransparentHugePages, and Java cannot ask once started. With them the social
 * pass's random reads miss the address cache far less and the set-up faults in far fewer pages,
 * so a command whose scenario is large enough starts itself again with the option
 * ({@link Relaunch}); where it cannot, it says how. Results never depend on it, only speed.
 */
final class HugePages {
    /**
     * From this estimated state up, huge pages pay. {@code bench}, d = 8, 2 threads, Zen 5 VM,
     * alternating pairs without and with the option: 3x10^5 people (176 MiB) no gain; 5x10^5
     * (250 MiB) tick +1-2%, set-up 1.1 -> 0.96 s; 10^6 (437 MiB) tick +7-27%; 3x10^6 +16%, set-up
     * 3.9 -> 3.1 s; 10^7 set-up halved.
     */
    static final long ABOVE_BYTES = 256L << 20;

    static final String OPTION = "-XX:+UseTransparentHugePages";
    private static final String FLAG = "UseTransparentHugePages";

    /** What a command does about huge pages before it starts its work. */
    enum Choice {
        /** Nothing: a small state, pages not on request, or the option given either way. */
        NONE,
        /** Start again with the option. */
        RELAUNCH,
        /** Say how to start Java with the option (this process cannot start itself again). */
        HINT
    }

    private HugePages() {
    }

    /**
     * {@code mode}: the OS's transparent huge page mode; {@code flag}: the JVM's option value,
     * null when unknown (not HotSpot); {@code flagGiven}: whether the user set it either way,
     * which is their choice to keep.
     */
    static Choice choose(long estimateBytes, String mode, String flag, boolean flagGiven, boolean canRelaunch) {
        if (estimateBytes < ABOVE_BYTES || !"madvise".equals(mode) || !"false".equals(flag) || flagGiven) {
            return Choice.NONE;
        }
        return canRelaunch ? Choice.RELAUNCH : Choice.HINT;
    }

    /**
     * Before a command's work on {@code largest} (the largest scenario it will run): starts the
     * command again with huge pages when they pay and returns its exit code, or returns empty
     * when the work should go on in this process (after a hint when one helps, or when Java
     * could not be started again).
     * {@code mayRelaunch} false keeps the work here (a sweep whose runs go to Spark).
     */
    static Optional<Integer> before(Scenario largest, CommandSpec spec, boolean quiet, boolean mayRelaunch) {
        long bytes = MemoryEstimate.of(largest).total();
        Relaunch relaunch = mayRelaunch ? CoshapeCli.relaunch(spec) : null;
        Optional<List<String>> cmd = relaunch == null ? Optional.empty() : relaunch.command(OPTION);
        Choice choice = choose(bytes, MachineInfo.readHugePages(), HotSpotOptions.value(FLAG),
                HotSpotOptions.isGiven(FLAG), cmd.isPresent());
        PrintWriter err = spec.commandLine().getErr();
        if (choice == Choice.RELAUNCH) {
            if (!quiet) {
                err.println("coshape: a population this large (about " + MemoryEstimate.gib(bytes) + ") runs faster on"
                        + " huge pages, which this machine gives on request: starting Java again with " + OPTION
                        + " (start Java with -XX:-UseTransparentHugePages to run without them)");
            }
            Optional<Integer> code = Relaunch.run(cmd.get(), spec.commandLine().getOut(), err);
            if (code.isPresent()) {
                return code;
            }
        }
        if (choice == Choice.HINT && !quiet) {
            err.println("coshape: hint: for a population this large (about " + MemoryEstimate.gib(bytes) + ") start"
                    + " Java with " + OPTION + ": this machine gives huge pages on request, and they speed up the"
                    + " tick and the set-up (README, Performance)");
            err.flush();
        }
        return Optional.empty();
    }
}
