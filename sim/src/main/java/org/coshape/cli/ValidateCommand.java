package org.coshape.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.coshape.experiment.InertParameters;
import org.coshape.experiment.SweepPlan;
import org.coshape.experiment.TimeEstimate;
import org.coshape.io.BadInput;
import org.coshape.report.Counts;
import org.coshape.scenario.AnnotatedYaml;
import org.coshape.scenario.PolicySpec;
import org.coshape.scenario.Scenario;
import org.coshape.scenario.ScenarioLoader;
import org.coshape.scenario.YamlNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code validate SCENARIO}: checks a scenario and prints it fully resolved (every default shown).
 * It also resolves every point of the scenario's sweep and every policy of its comparison and
 * reads the input files each names, as {@code sweep} and {@code compare} do before they run, so
 * that a bad swept value, policy override or input file shows here rather than when the batch
 * starts.
 */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Check a scenario file and print the resolved scenario with every default.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Option(
            names = "--pilot",
            paramLabel = "R",
            description = "also run R replications of each policy (at least 2) and advise how many replications"
                    + " each metric needs (report.half_width)")
    Integer pilot;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "threads for the time estimate and the pilot runs (default: all cores)")
    Integer threads;

    @Option(
            names = "--no-estimate",
            description = "skip the time estimate (a probe of about a second of the scenario's first run)")
    boolean noEstimate;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        YamlNode tree = scenario.tree();
        Scenario s = ScenarioLoader.bind(tree, scenario.file);
        Preflight.checkInputs(s);
        long batchRuns = 0;
        String size = "# coshape run: " + Counts.of(s.replications(), "run") + " of "
                + s.population().size() + " people and " + s.ticks() + " ticks";
        if (!s.sweep().parameters().isEmpty()) {
            SweepPlan plan = SweepPlan.of(tree, scenario.file, s);
            batchRuns += plan.runs().size();
            size += "\n# coshape sweep: " + Counts.of(plan.runs().size(), "run") + " ("
                    + Counts.of(plan.points().size(), "point") + " x " + Counts.of(s.replications(), "replication")
                    + ")";
            Preflight.checkInputs(plan);
            for (String w : InertParameters.beforeRunning(plan)) {
                spec.commandLine().getErr().println("coshape: warning: " + w);
            }
        }
        if (pilot != null && pilot < 2) {
            throw new BadInput("--pilot: " + pilot + " replications; a spread needs 2 or more");
        }
        if (threads != null && threads < 1) {
            throw new BadInput("--threads: must be 1 or more");
        }
        Map<String, Scenario> policies = new LinkedHashMap<>();
        for (PolicySpec p : s.compare()) {
            Scenario ps = CompareCommand.policyScenario(tree, scenario.file, p);
            Preflight.checkInputs(ps);
            policies.put(p.name(), ps);
        }
        if (!s.compare().isEmpty()) {
            int samples = s.uncertainties().isEmpty() ? 0 : s.uncertainties().samples();
            batchRuns += (long) s.compare().size() * s.replications() * (1 + samples);
            size += "\n# coshape compare: " + Counts.of(s.compare().size() * s.replications() * (1 + samples), "run")
                    + " ("
                    + Counts.of(s.compare().size(), "policy", "policies") + " x "
                    + Counts.of(s.replications(), "replication")
                    + (samples == 0 ? "" : ", on the scenario as written and " + samples + " sampled scenarios") + ")";
            if (s.compare().size() < 2) {
                spec.commandLine()
                        .getErr()
                        .println("coshape: warning: compare: " + s.compare().size()
                                + " policy; compare needs two or more");
            }
        }
        if (policies.isEmpty()) {
            policies.put(s.name(), s);
        }
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        boolean fits = true;
        try {
            Preflight.checkMemory(s, Runtime.getRuntime().maxMemory());
        } catch (BadInput e) {
            fits = false;
            spec.commandLine().getErr().println("coshape: warning: " + e.getMessage());
            spec.commandLine().getErr().flush();
        }
        if (!noEstimate && fits) {
            size += "\n" + estimate(s, t, batchRuns == 0 ? s.replications() : batchRuns);
        }
        spec.commandLine()
                .getOut()
                .print("# resolved scenario (valid): " + scenario.file
                        + "\n# each value away from its default names the default (coshape parameters: the table)\n"
                        + AnnotatedYaml.of(s)
                        + size
                        + "\n");
        spec.commandLine().getOut().flush();
        if (pilot != null) {
            spec.commandLine().getOut().print(PilotRuns.advise(s, policies, pilot, t));
            spec.commandLine().getOut().flush();
        }
        return CoshapeCli.OK;
    }

    /** The time estimate's lines: per run, with what it is made of, and for all {@code runs}. */
    static String estimate(Scenario s, int threads, long runs) {
        TimeEstimate e = TimeEstimate.probe(s, threads, 1.0);
        double run = e.runSeconds(s);
        return "# time (rough, from a probe of " + Counts.of(e.probedTicks(), "tick") + " on "
                + Counts.of(threads, "thread")
                + "): " + duration(run) + " per run = setup " + duration(e.setupSeconds()) + " + "
                + Counts.of(s.ticks(), "tick") + " x " + duration(e.tickSeconds()) + " + "
                + Counts.of(TimeEstimate.recordCount(s), "metrics record") + " x " + duration(e.recordSeconds())
                + (runs > 1 ? "; " + Counts.of(runs, "run") + " about " + duration(runs * run) : "")
                + (TimeEstimate.recordCount(s) * e.recordSeconds() > run / 2
                        ? "\n# most of it is metrics records: a larger metrics.every shortens the runs"
                        : "");
    }

    /** A duration for people: milliseconds below a second, then seconds, minutes, hours. */
    static String duration(double seconds) {
        double ms = seconds * 1000;
        if (ms < 1) {
            return String.format(Locale.ROOT, "%.2f ms", ms);
        }
        if (ms < 10) {
            return String.format(Locale.ROOT, "%.1f ms", ms);
        }
        if (ms < 1000) {
            return String.format(Locale.ROOT, "%.0f ms", ms);
        }
        if (seconds < 120) {
            return String.format(Locale.ROOT, "%.0f s", seconds);
        }
        if (seconds < 7200) {
            return String.format(Locale.ROOT, "%.0f min", seconds / 60);
        }
        return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
    }
}
