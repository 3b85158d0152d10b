package org.coshape.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coshape.experiment.SweepPlan;
import org.coshape.experiment.SweepStore;
import org.coshape.io.BadInput;
import org.coshape.metrics.Metric;
import org.coshape.metrics.MetricLabels;
import org.coshape.model.MemoryEstimate;
import org.coshape.model.network.NetworkBuilder;
import org.coshape.results.Manifest;
import org.coshape.results.RunSpec;
import org.coshape.scenario.NetworkType;
import org.coshape.scenario.PeopleCsv;
import org.coshape.scenario.Scenario;
import org.coshape.scenario.Suggestions;

/**
 * Checks, before anything is written or run, the inputs a scenario points to (the edge-list
 * file), so that bad input is reported with exit code 2 and no results folder appears.
 */
final class Preflight {
    private Preflight() {}

    /** Checks inputs and that the scenario fits in this JVM's heap. */
    static void check(Scenario s) {
        checkInputs(s);
        checkMemory(s, Runtime.getRuntime().maxMemory());
    }

    /** Checks the files a scenario points to (memory is the machine's business, not the file's). */
    static void checkInputs(Scenario s) {
        if (s.network().type() == NetworkType.FILE) {
            Map<String, Integer> ids = s.population().file() == null
                    ? null
                    : PeopleCsv.read(Path.of(s.population().file()), s.values().dimensions())
                            .indexById();
            NetworkBuilder.checkFile(Path.of(s.network().file()), s.population().size(), ids);
        }
        if (s.ai().count() > 0
                && s.ai().defaults().designers().size() > s.population().size()) {
            throw new BadInput(s.sourceFile() + ": ai.designers.size: more designers than people");
        }
        checkMetricNames(s, "charts.metrics", s.charts().metrics());
        checkMetricNames(s, "report.verdict", s.report().verdict());
        for (int i = 0; i < s.report().verdict().size(); i++) {
            String m = s.report().verdict().get(i);
            if (MetricLabels.of(m).better() == 0) {
                throw new BadInput((s.sourceFile() == null ? "scenario" : s.sourceFile()) + ": report.verdict[" + i
                        + "]: '" + m + "' is descriptive (neither more nor less of it is better), so it cannot"
                        + " decide who benefits; use e.g. welfare, own_value_gap, value_drift or induced_drift");
            }
        }
    }

    /** The metrics a chart or verdict names must exist (the scenario binder cannot know them). */
    private static void checkMetricNames(Scenario s, String key, List<String> names) {
        List<String> known = Arrays.stream(Metric.values()).map(Metric::key).toList();
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            if (Metric.byKey(n) == null) {
                String near = Suggestions.didYouMean(n, known);
                if (near.isEmpty()) {
                    near = "; the metrics are listed in results/README.md";
                }
                throw new BadInput((s.sourceFile() == null ? "scenario" : s.sourceFile()) + ": " + key + "[" + i
                        + "]: unknown metric '" + n + "'" + near);
            }
        }
    }

    /**
     * Refuses a results folder that cannot be made or written (an existing file, a read-only
     * parent), before the runs spend their time: otherwise the first write, at the end of a run,
     * would fail. Creates nothing.
     */
    static void checkOutput(Path out) {
        if (out.toString().isBlank()) {
            // "" would mean the working folder: more likely an unset shell variable than a wish
            throw new BadInput(
                    "--out is empty; give a folder, e.g. --out results/study" + " (or --out . for this one)");
        }
        Path abs = out.toAbsolutePath().normalize();
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new BadInput("--out " + out + ": exists and is not a folder");
        }
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing)) {
            throw new BadInput("--out " + out + ": cannot make a folder there (" + existing + " is not a folder)");
        }
        if (!Files.isWritable(existing)) {
            throw new BadInput("--out " + out + ": " + existing + " is not writable");
        }
    }

    /**
     * Makes the results folder before any run starts. {@link #checkOutput} foresees what it can;
     * a folder the file system still refuses (a special file system, a full disk) is bad input
     * named by its option, not a failure while running.
     */
    /** Refuses a scenario whose state cannot fit in {@code maxHeap} bytes, naming the -Xmx to use. */
    static void checkMemory(Scenario s, long maxHeap) {
        MemoryEstimate m = MemoryEstimate.of(s);
        if (m.total() > maxHeap) {
            long suggest = (long) Math.ceil(m.total() * 1.1 / (1L << 30));
            throw new BadInput((s.sourceFile() == null ? s.name() : s.sourceFile()) + ": population.size: "
                    + s.population().size() + " people with " + s.dims() + " values and about "
                    + MemoryEstimate.expectedLinks(s) + " links need about " + MemoryEstimate.gib(m.total())
                    + " of heap, but this JVM may use at most " + MemoryEstimate.gib(maxHeap)
                    + "; run with more heap (java -Xmx" + suggest + "g -jar ...) or a smaller population");
        }
    }

    /**
     * {@code run} and {@code replay} replace an earlier single run's results in their folder (the
     * usual re-run), but not a batch's: a sweep's or comparison's folder holds many runs' work and a
     * journal that {@code --resume} relies on, and a run written over it would leave neither.
     * {@code by} names the command, for the message.
     */
    static void checkNotABatch(Path out, String by) {
        String command = Manifest.field(out.resolve("manifest.json"), "command");
        boolean journal = Files.exists(out.resolve(SweepStore.JOURNAL));
        if (journal || (command != null && !command.equals("run") && !command.equals("replay"))) {
            String kind = switch (command == null ? "run" : command) {
                case "run" -> "a sweep or comparison"; // only its journal so far
                case "compare" -> "a comparison";
                default -> "a " + command;
            };
            throw new BadInput("--out " + out + ": holds the results of " + kind + "; " + by
                    + " would overwrite them: choose another folder");
        }
    }

    /**
     * Refuses to replace a run's results with those of another resolved scenario (a {@code --set}
     * that changed the model would otherwise silently lose them), unless {@code force}. Rerunning
     * the same scenario replaces them, as before; a folder written before runs recorded their
     * scenario's hash is replaced too.
     */
    static void checkReplacesTheSameScenario(Path out, String hash, boolean force) {
        String recorded = Manifest.field(out.resolve("manifest.json"), "scenario_sha256");
        if (!force && recorded != null && !recorded.equals(hash)) {
            throw new BadInput("--out " + out + ": holds the results of another scenario (its resolved scenario"
                    + " differs from this one); --force replaces them, or choose another folder with --out");
        }
    }

    /** {@link #checkInputs(Scenario)} for every run of a sweep, each distinct set of input files once. */
    static void checkInputs(SweepPlan plan) {
        // an edge list is not re-read per run
        Set<String> checked = new HashSet<>();
        for (RunSpec r : plan.runs()) {
            Scenario sc = r.scenario();
            if (checked.add(sc.population().file() + "|" + sc.population().size() + "|"
                    + sc.network().type() + "|" + sc.network().file() + "|"
                    + sc.ai().count() + "|" + sc.ai().defaults().designers().size())) {
                checkInputs(sc);
            }
        }
    }
}
