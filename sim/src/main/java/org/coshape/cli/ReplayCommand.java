package org.coshape.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.coshape.batch.RunFolder;
import org.coshape.experiment.SweepPlan;
import org.coshape.io.BadInput;
import org.coshape.io.CsvCells;
import org.coshape.results.Build;
import org.coshape.results.Invocation;
import org.coshape.results.Manifest;
import org.coshape.results.RecordedScenario;
import org.coshape.results.ResultTables;
import org.coshape.results.RunSpec;
import org.coshape.scenario.Named;
import org.coshape.scenario.PeopleOutput;
import org.coshape.scenario.PolicySpec;
import org.coshape.scenario.Scenario;
import org.coshape.scenario.YamlNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code replay DIR RUN_ID}: one run of a run, sweep or comparison folder again, alone, rebuilt
 * from the scenario its manifest recorded (its design point or policy, its seed), into a run
 * folder of its own, and checked against the folder's rows. A reviewer can so reproduce one
 * published run without the whole batch, and a researcher can get the people.csv that sweeps and
 * comparisons do not write. The seed printed in summary.csv is derived from the scenario's seed, so
 * {@code run --seed} cannot do this.
 */
@Command(
        name = "replay",
        mixinStandardHelpOptions = true,
        description = "Run one run of a results folder again, alone (same scenario, point or policy, and seed),"
                + " into a run folder, and check that it reproduces the folder's rows.")
final class ReplayCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "a run, sweep (or merged) or comparison results folder")
    Path dir;

    @Parameters(
            index = "1",
            paramLabel = "RUN_ID",
            description = "the run, as in summary.csv's run_id (e.g. p0003-r001)")
    String runId;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "where the replay is written (default: DIR-replay-RUN_ID/ beside DIR)")
    Path out;

    @Option(
            names = "--people",
            paramLabel = "none|final|every",
            description = "write people.csv (default: the scenario's output.people)")
    String people;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores)")
    Integer threads;

    @Option(names = "--quiet", description = "print nothing but errors and a difference from the original")
    boolean quiet;

    @Spec
    CommandSpec spec;

    /** The rebuilt batch: its runs and the swept parameter columns of its summary. */
    private record Plan(List<RunSpec> runs, List<String> parameters) {}

    @Override
    public Integer call() throws IOException {
        Instant start = Instant.now();
        if (people != null && Named.byKey(PeopleOutput.class, people) == null) {
            throw new BadInput("--people: expected " + Named.choices(PeopleOutput.class) + ", found '" + people + "'");
        }
        int t = RunOptions.threads(threads);
        Path file = dir.resolve("manifest.json");
        if (!Files.isRegularFile(file)) {
            throw new BadInput(dir + ": not a results folder (no manifest.json)");
        }
        JsonNode m = Manifest.read(file);
        String command = m.path("command").asText();
        Plan plan = plan(m, file, command);
        RunSpec run = plan.runs().stream()
                .filter(r -> r.runId().equals(runId))
                .findFirst()
                .orElseThrow(() ->
                        new BadInput(dir + ": no run '" + runId + "'; its runs are " + RunSpec.span(plan.runs())));
        for (JsonNode r : m.path("runs")) {
            if (r.path("run_id").asText().equals(runId)
                    && !r.path("seed").asText().equals(Long.toUnsignedString(run.seed()))) {
                throw new BadInput(file + ": run " + runId + " has seed "
                        + r.path("seed").asText() + ", but its scenario gives " + Long.toUnsignedString(run.seed()));
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        Build then = Build.of(m);
        if (then.mayDifferFrom(Build.current())) {
            err.println("coshape: warning: " + dir + " was written by " + then + ", this is " + Build.current()
                    + ": the replay may differ from it");
            err.flush();
        }
        Path abs = dir.toAbsolutePath().normalize();
        Path to = out != null ? out : abs.resolveSibling(abs.getFileName() + "-replay-" + runId);
        Preflight.checkOutput(to);
        Preflight.checkNotABatch(to, "replay");
        Preflight.check(run.scenario());
        Map<String, Object> of = new LinkedHashMap<>();
        of.put("folder", dir.toAbsolutePath().normalize().toString());
        of.put("run_id", runId);
        of.put("command", command);
        RunFolder folder = new RunFolder(
                to,
                run.scenario(),
                plan.parameters(),
                people != null
                        ? Named.byKey(PeopleOutput.class, people)
                        : run.scenario().output().people());
        RunFolder.Written w = folder.write(
                List.of(run),
                new Invocation("replay", spec.commandLine().getParseResult().originalArgs(), t, "local", start),
                Map.of("replay_of", of),
                err,
                quiet);
        if (!quiet) {
            folder.printWhere(spec.commandLine().getOut(), w);
        }
        return check(to, plan.parameters());
    }

    /** The runs of the folder's batch, rebuilt from the scenario its manifest recorded. */
    private Plan plan(JsonNode m, Path file, String command) {
        if (command.equals("replay")) {
            throw new BadInput(dir + ": holds a replay; replay the folder it came from ("
                    + m.path("replay_of").path("folder").asText() + ")");
        }
        if (!List.of("run", "sweep", "compare").contains(command)) {
            throw new BadInput(file + ": command '" + command + "' is not one replay knows (run, sweep, compare)");
        }
        RecordedScenario recorded = RecordedScenario.of(m, file);
        YamlNode tree = recorded.tree();
        Scenario base = recorded.base();
        Path scenarioFile = recorded.file();
        return switch (command) {
            case "sweep" -> {
                SweepPlan p = SweepPlan.of(tree, scenarioFile, base);
                yield new Plan(p.runs(), p.parameters());
            }
            case "compare" -> {
                List<RunSpec> runs = new ArrayList<>();
                for (int pi = 0; pi < base.compare().size(); pi++) {
                    PolicySpec p = base.compare().get(pi);
                    runs.addAll(CompareCommand.policyRuns(
                            base, pi, p, CompareCommand.policyScenario(tree, scenarioFile, p)));
                }
                yield new Plan(runs, List.of());
            }
            default -> new Plan(RunCommand.specs(base), List.of());
        };
    }

    /**
     * Compares the replay's rows with the folder's rows of the same run: exit 0 when every row is
     * the same, 1 (a failure) naming the first that is not.
     */
    private int check(Path to, List<String> parameters) throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        String header = String.join(",", ResultTables.summaryHeader(parameters));
        if (!firstLine(dir.resolve("summary.csv")).equals(header)) {
            return differs("summary.csv's header is not the one this build writes: its rows cannot be compared");
        }
        String mismatch = firstDifference("summary.csv", dir.resolve("summary.csv"), to.resolve("summary.csv"));
        if (mismatch == null) {
            mismatch = firstDifference("timeseries.csv", dir.resolve("timeseries.csv"), to.resolve("timeseries.csv"));
        }
        if (mismatch == null && Files.exists(dir.resolve("assistants.csv"))) {
            mismatch = firstDifference("assistants.csv", dir.resolve("assistants.csv"), to.resolve("assistants.csv"));
        }
        if (mismatch != null) {
            return differs(mismatch);
        }
        if (!quiet) {
            o.println("replayed " + runId + " of " + dir + ": its summary, time series and assistant rows are the"
                    + " original's, byte for byte");
            o.flush();
        }
        return CoshapeCli.OK;
    }

    private int differs(String what) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("coshape: replay of " + runId + " differs from " + dir + ": " + what);
        err.flush();
        return CoshapeCli.FAILURE;
    }

    /** The first of the run's rows in which the replay's file differs from the original's, or null. */
    private String firstDifference(String name, Path original, Path replay) throws IOException {
        String prefix = ResultTables.csv(runId) + ",";
        List<String> want = rowsOf(original, prefix);
        List<String> got = rowsOf(replay, prefix);
        if (want.isEmpty()) {
            return "its " + name + " holds no row of " + runId + " (a run not finished there?)";
        }
        for (int i = 0; i < Math.min(want.size(), got.size()); i++) {
            if (!want.get(i).equals(got.get(i))) {
                String[] header = CsvCells.of(firstLine(original));
                String[] a = CsvCells.of(want.get(i));
                String[] b = CsvCells.of(got.get(i));
                int k = 0;
                while (k < Math.min(a.length, b.length) && a[k].equals(b[k])) {
                    k++;
                }
                String column = k < header.length ? header[k] : "cell " + (k + 1);
                return name + ", row " + (i + 1) + " of the run, " + column + ": original "
                        + (k < a.length ? "'" + a[k] + "'" : "none") + ", replay "
                        + (k < b.length ? "'" + b[k] + "'" : "none");
            }
        }
        return want.size() == got.size()
                ? null
                : name + ": the original holds " + want.size() + " rows of the run, the replay " + got.size();
    }

    private static String firstLine(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.findFirst().orElse("");
        }
    }

    private static List<String> rowsOf(Path file, String prefix) {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.startsWith(prefix)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
