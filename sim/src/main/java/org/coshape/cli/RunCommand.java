package org.coshape.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.coshape.batch.RunFolder;
import org.coshape.results.Invocation;
import org.coshape.results.Manifest;
import org.coshape.results.RecordedScenario;
import org.coshape.results.RunSpec;
import org.coshape.scenario.Scenario;
import org.coshape.scenario.ScenarioLoader;
import org.coshape.scenario.YamlNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code run SCENARIO}: the scenario's replications into a run folder ({@link RunFolder}):
 * manifest.json, summary.csv, timeseries.csv, people.csv when asked, and charts.
 */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = "Run one simulation (or the scenario's replications) and write results and charts.")
final class RunCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Mixin
    RunOptions run;

    @Option(names = "--force", description = "replace the results in --out even when they are of another scenario")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Instant start = Instant.now();
        YamlNode tree = scenario.tree();
        Scenario s = ScenarioLoader.bind(tree, scenario.file);
        Preflight.check(s);
        int threads = run.threads();
        Path out = run.outDir(s);
        Preflight.checkOutput(out);
        Preflight.checkNotABatch(out, "run");
        String hash = Manifest.scenarioHash(s, null);
        Preflight.checkReplacesTheSameScenario(out, hash, force);
        RunFolder folder = new RunFolder(out, s, List.of(), s.output().people());
        RunFolder.Written w = folder.write(
                specs(s),
                new Invocation("run", spec.commandLine().getParseResult().originalArgs(), threads, "local", start),
                Map.of("scenario_source", RecordedScenario.source(tree, s), "scenario_sha256", hash),
                spec.commandLine().getErr(),
                run.quiet);
        SteadyWarning.check(s, out.resolve("summary.csv"), spec.commandLine().getErr());
        if (!run.quiet) {
            folder.printWhere(spec.commandLine().getOut(), w);
        }
        return CoshapeCli.OK;
    }

    /** The runs of a scenario: its replications at point 0. */
    static List<RunSpec> specs(Scenario s) {
        List<RunSpec> specs = new ArrayList<>();
        for (int r = 0; r < s.replications(); r++) {
            specs.add(new RunSpec(RunSpec.runId(0, r), "base", 0, r, RunSpec.seedFor(s.seed(), 0, r), Map.of(), s));
        }
        return specs;
    }
}
