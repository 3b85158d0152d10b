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
import org.coshape.experiment.SweepStore;
import org.coshape.model.MemoryEstimate;
import org.coshape.results.Manifest;
import org.coshape.scenario.PolicySpec;
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
 * {@code compare SCENARIO}: the scenario's {@code compare:} policies, {@code replications}
 * each, on common random numbers (replicate r has the same seed under every policy), then the
 * report with paired differences against the reference policy. Results are written durably like
 * a sweep's, so {@code --resume} works here too.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare the scenario's policies on matched seeds; write tables with 95% CIs and a report.")
final class CompareCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Mixin
    RunOptions run;

    @Option(names = "--reference", paramLabel = "POLICY", description = "policy to compare against (default: the first)")
    String reference;

    @Option(names = "--resume", description = "finish an interrupted comparison in the same folder")
    boolean resume;

    @Option(names = "--force", description = "overwrite earlier results in the folder")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Instant start = Instant.now();
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
        if (base.compare().isEmpty()) {
            throw new ScenarioException(scenario.file + ": compare: the scenario names no policies; add a compare:"
                    + " block of named overrides, e.g. compare: {configuration: {ai.regime: configuration}, ...}");
        }
        List<String> names = base.compare().stream().map(PolicySpec::name).toList();
        String ref = reference == null ? names.get(0) : reference;
        if (!names.contains(ref)) {
            throw new ScenarioException("--reference: no policy named '" + ref + "'; policies are " + String.join(", ",
                    names));
        }
        List<RunSpec> runs = new ArrayList<>();
        Map<String, Map<String, String>> policyOverrides = new LinkedHashMap<>();
        for (int pi = 0; pi < base.compare().size(); pi++) {
            PolicySpec p = base.compare().get(pi);
            policyOverrides.put(p.name(), new java.util.TreeMap<>(p.overrides()));
            String origin = scenario.file + ": compare." + p.name() + ":";
            Scenario s;
            try {
                s = ScenarioLoader.bind(ScenarioLoader.applyOverrides(tree, p.overrides(), origin), scenario.file);
            } catch (ScenarioException e) {
                throw e.getMessage().contains("compare.") ? e : new ScenarioException(origin + " " + e.getMessage());
            }
            Preflight.checkInputs(s);
            Preflight.checkMemory(s, Runtime.getRuntime().maxMemory());
            for (int r = 0; r < base.replications(); r++) {
                runs.add(new RunSpec(String.format("c%02d-r%03d", pi, r), p.name(), 0, r, RunSpec.seedFor(base.seed(), 0,
                        r), Map.of(), s));
            }
        }
        int threads = run.threads();
        Path out = run.outDir(base);
        String hash = Manifest.sha256(ScenarioPrinter.yaml(base) + "\nreference=" + ref);
        SweepStore store;
        if (resume) {
            String previous = Manifest.readField(out.resolve("manifest.json"), "scenario_sha256");
            if (previous != null && !previous.equals(hash)) {
                throw new ScenarioException(out + ": the comparison there was started from a different scenario or"
                        + " options; resume with the same ones, or start over with --force");
            }
            store = SweepStore.resume(out, List.of());
        } else {
            if (SweepStore.occupied(out) && !force) {
                throw new ScenarioException(out + ": already holds results; use --resume to finish an interrupted"
                        + " comparison or --force to overwrite");
            }
            store = SweepStore.create(out, List.of());
        }
        PrintWriter err = spec.commandLine().getErr();
        Map<String, Map<String, Object>> entries = new ConcurrentHashMap<>();
        for (RunSpec r : runs) {
            entries.put(r.runId(), Manifest.runEntry(r, store.isDone(r.runId()) ? "done" : "pending", null, null, null));
        }
        List<String> args = spec.commandLine().getParseResult().originalArgs();
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("scenario_sha256", hash);
        extra.put("policies", names);
        extra.put("reference", ref);
        extra.put("policy_overrides", policyOverrides);
        Object lock = new Object();
        manifest(out, base, args, threads, start, null, runs, entries, extra, "running", lock);
        List<RunSpec> todo = runs.stream().filter(r -> !store.isDone(r.runId())).toList();
        try (Progress progress = new Progress("compare " + base.name(), runs.size(), runs.size() - todo.size(), err,
                run.quiet)) {
            LocalExecutor.runAll(todo, threads, (RunSpec r, RunResult res, Throwable e) -> {
                if (e == null) {
                    store.append(res);
                    entries.put(r.runId(), Manifest.runEntry(r, "done", null, res.setupSeconds(), res.stepSeconds()));
                } else {
                    store.fail(r.runId(), e.toString());
                    entries.put(r.runId(), Manifest.runEntry(r, "failed", e.toString(), null, null));
                }
                manifest(out, base, args, threads, start, null, runs, entries, extra, "running", lock);
                progress.runFinished(e == null);
            });
        }
        store.finish();
        Map<String, String> failures = store.failures();
        manifest(out, base, args, threads, start, Instant.now(), runs, entries, extra,
                failures.isEmpty() ? "complete" : "finished with failures", lock);
        List<Path> files = ReportCommand.render(out, base.output().charts());
        if (!run.quiet) {
            PrintWriter o = spec.commandLine().getOut();
            o.printf("compare %s: %d policies x %d replications on matched seeds, reference %s, %d failed%n",
                    base.name(), names.size(), base.replications(), ref, failures.size());
            o.println("results: " + out.toAbsolutePath().normalize());
            o.println("  report.md, report.html  tables with 95% CIs, who benefits, charts");
            o.println("charts:  " + out.resolve("charts").toAbsolutePath().normalize() + " (" + (files.size() - 2)
                    + " files)");
            o.flush();
        }
        if (!failures.isEmpty()) {
            err.printf("coshape: %d run(s) failed, first %s: %s; 'compare --resume' runs them again%n", failures.size(),
                    failures.keySet().iterator().next(), failures.values().iterator().next());
            err.flush();
            return CoshapeCli.FAILURE;
        }
        return CoshapeCli.OK;
    }

    private static void manifest(Path out, Scenario base, List<String> args, int threads, Instant start, Instant end,
            List<RunSpec> runs, Map<String, Map<String, Object>> entries, Map<String, Object> extra, String status,
            Object lock) {
        synchronized (lock) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (RunSpec r : runs) {
                list.add(entries.get(r.runId()));
            }
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("status", status);
            x.putAll(extra);
            Manifest.write(out.resolve("manifest.json"), base, "compare", args, threads, "local", start, end, list, x);
        }
    }

    static long estimate(Scenario s) {
        return MemoryEstimate.of(s).total();
    }
}
