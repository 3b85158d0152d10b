package org.coshape.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coshape.batch.DurableBatch;
import org.coshape.experiment.InertParameters;
import org.coshape.experiment.SweepPlan;
import org.coshape.experiment.SweepStore;
import org.coshape.io.BadInput;
import org.coshape.model.MemoryEstimate;
import org.coshape.report.ChartStyle;
import org.coshape.report.Counts;
import org.coshape.report.SweepCharts;
import org.coshape.results.Invocation;
import org.coshape.results.Manifest;
import org.coshape.results.RecordedScenario;
import org.coshape.results.RunSpec;
import org.coshape.scenario.Scenario;
import org.coshape.scenario.ScenarioLoader;
import org.coshape.scenario.SweepDesign;
import org.coshape.scenario.YamlNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sweep SCENARIO}: the scenario's {@code sweep:} design x {@code replications}, each run
 * written durably as it finishes; {@code --resume} finishes a killed sweep exactly. For the
 * {@code sobol} design, Sobol indices of every metric go to sensitivity.csv and charts.
 */
@Command(
        name = "sweep",
        mixinStandardHelpOptions = true,
        description = "Run the scenario's sweep design x replications (durable, resumable).")
final class SweepCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Mixin
    RunOptions run;

    @Mixin
    PeopleOfOption peopleOf;

    @Option(names = "--resume", description = "finish an interrupted sweep in the same folder")
    boolean resume;

    @Option(names = "--force", description = "overwrite the results of an earlier sweep in the folder")
    boolean force;

    @Option(
            names = "--executor",
            defaultValue = "local",
            paramLabel = "local|spark",
            description = "where runs execute (default ${DEFAULT-VALUE})")
    String executor;

    @Option(
            names = "--shard",
            paramLabel = "I/N",
            description = "run only slice I of N (runs I, I+N, I+2N, ... in plan order) into its own folder; see merge")
    String shard;

    @Option(
            names = "--master",
            paramLabel = "URL",
            description = "Spark master, e.g. local[2] or spark://host:7077 (default: spark-submit's, else local[*])")
    String master;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Instant start = Instant.now();
        if (!executor.equals("local") && !executor.equals("spark")) {
            throw new BadInput("--executor: expected local or spark, found '" + executor + "'");
        }
        if (master != null && !executor.equals("spark")) { // it would be ignored: the runs would not go to Spark
            throw new BadInput("--master " + master + ": a Spark master needs --executor spark");
        }
        if (executor.equals("spark")) {
            SparkSupport.require();
        }
        YamlNode tree = scenario.tree();
        Scenario base = ScenarioLoader.bind(tree, scenario.file);
        Preflight.checkInputs(base);
        SweepPlan plan = SweepPlan.of(tree, scenario.file, base);
        Preflight.checkInputs(plan);
        RunSpec largest = plan.runs().stream()
                .max((a, b) -> Long.compare(
                        MemoryEstimate.of(a.scenario()).total(),
                        MemoryEstimate.of(b.scenario()).total()))
                .orElseThrow();
        Preflight.checkMemory(largest.scenario(), Runtime.getRuntime().maxMemory());
        int threads = run.threads();
        int[] slice = parseShard(shard);
        List<RunSpec> runs = plan.runs();
        if (slice != null) {
            List<RunSpec> mine = new ArrayList<>();
            for (int k = slice[0] - 1; k < runs.size(); k += slice[1]) {
                mine.add(runs.get(k));
            }
            runs = mine;
        }
        Path out = run.out != null
                ? run.out
                : slice == null ? run.outDir(base) : run.outDir(base).resolve("shard-" + slice[0] + "-of-" + slice[1]);
        Preflight.checkOutput(out);
        String hash = Manifest.scenarioHash(base, null);
        PrintWriter err = spec.commandLine().getErr();
        Invocation how =
                new Invocation("sweep", spec.commandLine().getParseResult().originalArgs(), threads, "local", start);
        DurableBatch batch = new DurableBatch(how, base, runs, out)
                .extra("scenario_source", RecordedScenario.source(tree, base))
                .extra("design", base.sweep().design().key())
                .extra("points", plan.points().size())
                .extra("parameters", plan.parameters())
                .extra("shard", shard == null ? null : slice[0] + "/" + slice[1])
                .extra("total_runs", plan.runs().size())
                .executorName(executor)
                .peopleOf(peopleOf.ids(runs, executor))
                .open(plan.parameters(), hash, resume, force);
        for (String w : InertParameters.beforeRunning(plan)) {
            err.println("coshape: warning: " + w);
        }
        err.flush();
        Map<String, String> failures = executor.equals("spark")
                ? batch.run(
                        err,
                        run.quiet,
                        SparkSupport.executor(plan.parameters(), master, "coshape sweep " + base.name()))
                : batch.run(err, run.quiet);
        SweepStore store = batch.store();
        List<Path> charts = new ArrayList<>();
        ChartStyle style = ChartStyle.of(base);
        charts.addAll(SweepCharts.write(
                store.summaryLines(),
                plan.parameters(),
                Map.of(),
                base.sweep().design().key(),
                out.resolve("charts"),
                style));
        if (slice == null) {
            charts.addAll(SensitivityOutputs.write(plan, store.summaryLines(), out, style, err));
            for (String w : InertParameters.afterRunning(plan, store.summaryLines())) {
                err.println("coshape: warning: " + w);
            }
            err.flush();
        }
        batch.close(failures);
        SteadyWarning.check(base, out.resolve("summary.csv"), spec.commandLine().getErr());
        if (!run.quiet) {
            PrintWriter o = spec.commandLine().getOut();
            o.printf(
                    "sweep %s: %s (%s x %s)%s, %d failed%n",
                    base.name(),
                    Counts.of(runs.size(), "run"),
                    Counts.of(plan.points().size(), "point"),
                    Counts.of(base.replications(), "replication"),
                    slice == null
                            ? ""
                            : ", shard " + shard + " of " + plan.runs().size() + " runs",
                    failures.size());
            o.println("results: " + out.toAbsolutePath().normalize());
            if (base.sweep().design() == SweepDesign.SOBOL) {
                o.println("  sensitivity.csv  Sobol indices (first order, total) with 95% bootstrap intervals");
            }
            if (base.sweep().design() == SweepDesign.MORRIS) {
                o.println("  morris.csv  Morris screening (mu, mu*, sigma) with 95% bootstrap intervals of mu*");
            }
            if (!charts.isEmpty()) {
                o.println("charts:  " + out.resolve("charts").toAbsolutePath().normalize());
            }
            o.flush();
        }
        return batch.reportFailures(failures, err) ? CoshapeCli.OK : CoshapeCli.FAILURE;
    }

    /** Parses I/N (1 <= I <= N); null when no shard is asked for. */
    static int[] parseShard(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = Pattern.compile("(\\d+)/(\\d+)").matcher(text.trim());
        if (!m.matches()) {
            throw new BadInput("--shard: expected I/N such as 2/8, found '" + text + "'");
        }
        int i = Integer.parseInt(m.group(1));
        int n = Integer.parseInt(m.group(2));
        if (n < 1 || i < 1 || i > n) {
            throw new BadInput("--shard: I must be between 1 and N, found " + text);
        }
        return new int[] {i, n};
    }
}
