package org.coshape.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.coshape.batch.DurableBatch;
import org.coshape.experiment.DesignPoint;
import org.coshape.io.BadInput;
import org.coshape.report.Counts;
import org.coshape.results.Invocation;
import org.coshape.results.Manifest;
import org.coshape.results.RecordedScenario;
import org.coshape.results.RunSpec;
import org.coshape.scenario.PolicySpec;
import org.coshape.scenario.Scenario;
import org.coshape.scenario.ScenarioLoader;
import org.coshape.scenario.SweepParameter;
import org.coshape.scenario.YamlNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code compare SCENARIO}: the scenario's {@code compare:} policies, {@code replications}
 * each, on common random numbers (replicate r has the same seed under every policy), then the
 * report with paired differences against the reference policy. With {@code uncertainties:}, every
 * policy also runs on each sampled scenario of the uncertain keys (same seeds across policies),
 * and the report says which verdicts survive them. Results are written durably like a sweep's,
 * so {@code --resume} works here too.
 */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        description = "Compare the scenario's policies on matched seeds; write tables with 95%% CIs and a report.")
final class CompareCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Mixin
    RunOptions run;

    @Option(
            names = "--reference",
            paramLabel = "POLICY",
            description = "policy to compare against (default: the first)")
    String reference;

    @Mixin
    PeopleOfOption peopleOf;

    @Option(names = "--resume", description = "finish an interrupted comparison in the same folder")
    boolean resume;

    @Option(names = "--force", description = "overwrite earlier results in the folder")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Instant start = Instant.now();
        YamlNode tree = scenario.tree();
        Scenario base = ScenarioLoader.bind(tree, scenario.file);
        Preflight.checkInputs(base);
        if (base.compare().isEmpty()) {
            throw new BadInput(scenario.file + ": compare: the scenario names no policies; add a compare:"
                    + " block of named overrides, e.g. compare: {configuration: {ai.regime: configuration}, ...}");
        }
        List<String> names = base.compare().stream().map(PolicySpec::name).toList();
        if (names.size() < 2) { // its report would hold no difference and no "who benefits"
            throw new BadInput(scenario.file + ": compare: one policy (" + names.get(0) + "); a comparison"
                    + " needs two or more (run runs a single scenario)");
        }
        String ref = reference == null ? names.get(0) : reference;
        if (!names.contains(ref)) {
            throw new BadInput("--reference: no policy named '" + ref + "'; policies are " + String.join(", ", names));
        }
        List<DesignPoint> samples = UncertaintyRuns.samples(base, scenario.file);
        List<RunSpec> runs = new ArrayList<>();
        Map<String, Map<String, String>> policyOverrides = new LinkedHashMap<>();
        for (int pi = 0; pi < base.compare().size(); pi++) {
            PolicySpec p = base.compare().get(pi);
            policyOverrides.put(p.name(), new TreeMap<>(p.overrides()));
            Scenario s = policyScenario(tree, scenario.file, p);
            Preflight.checkInputs(s);
            Preflight.checkMemory(s, Runtime.getRuntime().maxMemory());
            runs.addAll(policyRuns(base, pi, p, s));
            runs.addAll(UncertaintyRuns.of(tree, scenario.file, base, pi, p, samples));
        }
        List<String> uncertain = base.uncertainties().parameters().stream()
                .map(SweepParameter::path)
                .toList();
        int threads = run.threads();
        Path out = run.outDir(base);
        Preflight.checkOutput(out);
        String hash = Manifest.scenarioHash(base, ref);
        PrintWriter err = spec.commandLine().getErr();
        Invocation how =
                new Invocation("compare", spec.commandLine().getParseResult().originalArgs(), threads, "local", start);
        DurableBatch batch = new DurableBatch(how, base, runs, out)
                .extra("scenario_source", RecordedScenario.source(tree, base))
                .extra("policies", names)
                .extra("reference", ref)
                .extra("policy_overrides", policyOverrides)
                .peopleOf(peopleOf.ids(runs, "local"))
                .open(uncertain, hash, resume, force);
        Map<String, String> failures = batch.run(err, run.quiet);
        // the report, charts and comparison.csv first: a folder marked complete holds all of them
        List<Path> files = ReportCommand.render(out, base.output().charts());
        batch.close(failures);
        SteadyWarning.check(base, out.resolve("summary.csv"), spec.commandLine().getErr());
        if (!run.quiet) {
            PrintWriter o = spec.commandLine().getOut();
            o.printf(
                    "compare %s: %d policies x %s on matched seeds%s, reference %s, %d failed%n",
                    base.name(),
                    names.size(),
                    Counts.of(base.replications(), "replication"),
                    samples.isEmpty() ? "" : ", and on " + samples.size() + " sampled scenarios of the uncertainties",
                    ref,
                    failures.size());
            o.println("results: " + out.toAbsolutePath().normalize());
            o.println("  report.md, report.html  tables with 95% CIs, who benefits, charts");
            o.println("charts:  " + out.resolve("charts").toAbsolutePath().normalize() + " (" + (files.size() - 2)
                    + " files)");
            o.flush();
        }
        return batch.reportFailures(failures, err) ? CoshapeCli.OK : CoshapeCli.FAILURE;
    }

    /** The runs of policy number {@code pi}: its replicates, on the seeds every policy shares (point 0). */
    static List<RunSpec> policyRuns(Scenario base, int pi, PolicySpec p, Scenario policyScenario) {
        List<RunSpec> runs = new ArrayList<>();
        for (int r = 0; r < base.replications(); r++) {
            runs.add(new RunSpec(
                    String.format("c%02d-r%03d", pi, r),
                    p.name(),
                    0,
                    r,
                    RunSpec.seedFor(base.seed(), 0, r),
                    Map.of(),
                    policyScenario));
        }
        return runs;
    }

    /** The scenario a policy runs: the base tree with the policy's overrides, bound (exit 2 naming the policy). */
    static Scenario policyScenario(YamlNode tree, Path file, PolicySpec p) {
        String origin = file + ": compare." + p.name() + ":";
        try {
            return ScenarioLoader.bind(
                    ScenarioLoader.applyOverrides(tree, ScenarioLoader.filesRelativeTo(file, p.overrides()), origin),
                    file);
        } catch (BadInput e) {
            throw e.getMessage().contains("compare.") ? e : new BadInput(origin + " " + e.getMessage());
        }
    }
}
