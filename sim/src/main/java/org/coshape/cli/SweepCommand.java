package org.coshape.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.coshape.experiment.LocalExecutor;
import org.coshape.experiment.Progress;
import org.coshape.experiment.RunResult;
import org.coshape.experiment.RunSpec;
import org.coshape.experiment.SensitivityAnalysis;
import org.coshape.experiment.SweepPlan;
import org.coshape.experiment.SweepStore;
import org.coshape.model.MemoryEstimate;
import org.coshape.report.SensitivityChart;
import org.coshape.results.Manifest;
import org.coshape.scenario.Scenario;
import org.coshape.scenario.ScenarioException;
import org.coshape.scenario.ScenarioLoader;
import org.coshape.scenario.ScenarioPrinter;
import org.coshape.scenario.YamlNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sweep SCENARIO}: the scenario's {@code sweep:} design x {@code replications}, each run
 * written durably as it finishes; {@code --resume} finishes a killed sweep exactly. For the
 * {@code sobol} design, Sobol indices of every metric go to sensitivity.csv and charts.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Run the scenario's sweep design x replications (durable, resumable).")
final class SweepCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Mixin
    RunOptions run;

    @Option(names = "--resume", description = "finish an interrupted sweep in the same folder")
    boolean resume;

    @Option(names = "--force", description = "overwrite the results of an earlier sweep in the folder")
    boolean force;

    @Option(names = "--executor", defaultValue = "local", paramLabel = "local|spark",
            description = "where runs execute (default ${DEFAULT-VALUE})")
    String executor;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Instant start = Instant.now();
        if (!executor.equals("local")) {
            throw new ScenarioException("--executor: '" + executor + "' is not available in this build (only local);"
                    + " the Spark executor is planned");
        }
        List<ScenarioLoader.Override> overrides = new ArrayList<>();
        for (String s : scenario.sets) {
            overrides.add(ScenarioLoader.Override.parse(s));
        }
        if (scenario.seed != null) {
            overrides.add(ScenarioLoader.Override.parse("seed=" + scenario.seed));
        }
        YamlNode tree = ScenarioLoader.tree(scenario.file, overrides);
        Scenario base = ScenarioLoader.bind(tree, scenario.file);
        Preflight.checkInputs(base);
        SweepPlan plan = SweepPlan.of(tree, scenario.file, base);
        for (RunSpec r : plan.runs()) {
            Preflight.checkInputs(r.scenario());
        }
        RunSpec largest = plan.runs().stream().max((a, b) -> Long.compare(MemoryEstimate.of(a.scenario()).total(),
                MemoryEstimate.of(b.scenario()).total())).orElseThrow();
        Preflight.checkMemory(largest.scenario(), Runtime.getRuntime().maxMemory());
        int threads = run.threads();
        Path out = run.outDir(base);
        String hash = Manifest.sha256(ScenarioPrinter.yaml(base));
        SweepStore store;
        if (resume) {
            String previous = Manifest.readField(out.resolve("manifest.json"), "scenario_sha256");
            if (previous != null && !previous.equals(hash)) {
                throw new ScenarioException(out + ": the sweep there was started from a different scenario (or other"
                        + " --set/--seed); resume with the same scenario and options, or start over with --force");
            }
            store = SweepStore.resume(out, plan.parameters());
        } else {
            if (SweepStore.occupied(out) && !force) {
                throw new ScenarioException(out + ": already holds results; use --resume to finish an interrupted sweep"
                        + " or --force to overwrite");
            }
            store = SweepStore.create(out, plan.parameters());
        }
        PrintWriter err = spec.commandLine().getErr();
        List<RunSpec> todo = plan.runs().stream().filter(r -> !store.isDone(r.runId())).toList();
        Map<String, Map<String, Object>> entries = new ConcurrentHashMap<>();
        for (RunSpec r : plan.runs()) {
            entries.put(r.runId(), Manifest.runEntry(r, store.isDone(r.runId()) ? "done" : "pending", null, null, null));
        }
        List<String> args = spec.commandLine().getParseResult().originalArgs();
        Object lock = new Object();
        writeManifest(out, base, args, threads, start, null, plan, entries, "running", hash, lock);
        try (Progress progress = new Progress("sweep " + base.name(), plan.runs().size(), plan.runs().size()
                - todo.size(), err, run.quiet)) {
            LocalExecutor.runAll(todo, threads, (RunSpec r, RunResult res, Throwable e) -> {
                if (e == null) {
                    store.append(res);
                    entries.put(r.runId(), Manifest.runEntry(r, "done", null, res.setupSeconds(), res.stepSeconds()));
                } else {
                    store.fail(r.runId(), e.toString());
                    entries.put(r.runId(), Manifest.runEntry(r, "failed", e.toString(), null, null));
                }
                writeManifest(out, base, args, threads, start, null, plan, entries, "running", hash, lock);
                progress.runFinished(e == null);
            });
        }
        store.finish();
        Map<String, String> failures = store.failures();
        List<Path> charts = new ArrayList<>();
        if (!base.output().charts().isEmpty()) {
            charts.addAll(org.coshape.report.SweepCharts.write(store.summaryLines(), plan.parameters(),
                    "grid".equals(base.sweep().design()), out.resolve("charts"), base.output().charts()));
        }
        if ("sobol".equals(base.sweep().design())) {
            int[] missing = {0};
            List<SensitivityAnalysis.Row> rows = SensitivityAnalysis.analyse(plan, store.summaryLines(), base.seed(),
                    missing);
            if (missing[0] > 0) {
                err.printf("coshape: warning: %d of %d Saltelli base rows miss a run (failed); Sobol indices use the"
                        + " complete rows only and are not a valid analysis of the full design%n", missing[0],
                        base.sweep().samples());
            }
            SensitivityAnalysis.write(out.resolve("sensitivity.csv"), rows);
            for (String metric : List.of("welfare", "value_drift", "alignment_gap", "conformity_share",
                    "manufactured_satisfaction", "polarization")) {
                charts.addAll(SensitivityChart.write(rows, metric, out.resolve("charts").resolve("sobol_" + metric),
                        base.output().charts()));
            }
        }
        String status = failures.isEmpty() ? "complete" : "finished with failures";
        writeManifest(out, base, args, threads, start, Instant.now(), plan, entries, status, hash, lock);
        if (!run.quiet) {
            PrintWriter o = spec.commandLine().getOut();
            o.printf("sweep %s: %d runs (%d points x %d replications), %d failed%n", base.name(), plan.runs().size(),
                    plan.points().size(), base.replications(), failures.size());
            o.println("results: " + out.toAbsolutePath().normalize());
            if ("sobol".equals(base.sweep().design())) {
                o.println("  sensitivity.csv  Sobol indices (first order, total) with 95% bootstrap intervals");
            }
            if (!charts.isEmpty()) {
                o.println("charts:  " + out.resolve("charts").toAbsolutePath().normalize());
            }
            o.flush();
        }
        if (!failures.isEmpty()) {
            err.printf("coshape: %d run(s) failed, first %s: %s; 'sweep --resume' runs them again%n", failures.size(),
                    failures.keySet().iterator().next(), failures.values().iterator().next());
            err.flush();
            return CoshapeCli.FAILURE;
        }
        return CoshapeCli.OK;
    }

    private static void writeManifest(Path out, Scenario base, List<String> args, int threads, Instant start,
            Instant end, SweepPlan plan, Map<String, Map<String, Object>> entries, String status, String hash,
            Object lock) {
        synchronized (lock) {
            List<Map<String, Object>> runs = new ArrayList<>();
            for (RunSpec r : plan.runs()) {
                runs.add(entries.get(r.runId()));
            }
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("status", status);
            extra.put("scenario_sha256", hash);
            extra.put("design", base.sweep().design());
            extra.put("points", plan.points().size());
            extra.put("parameters", plan.parameters());
            Manifest.write(out.resolve("manifest.json"), base, "sweep", args, threads, "local", start, end, runs, extra);
        }
    }
}
