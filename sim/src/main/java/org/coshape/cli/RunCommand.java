package org.coshape.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.coshape.experiment.FolderLock;
import org.coshape.experiment.RunResult;
import org.coshape.experiment.RunSpec;
import org.coshape.experiment.Runner;
import org.coshape.model.ChunkPool;
import org.coshape.report.RunCharts;
import org.coshape.results.Manifest;
import org.coshape.results.PeopleTable;
import org.coshape.results.ResultFiles;
import org.coshape.results.ResultTables;
import org.coshape.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code run SCENARIO}: the scenario's replications, one after another (each parallel inside),
 * then the results contract: manifest.json, summary.csv, timeseries.csv, people.csv when asked,
 * and charts. Files are written only after every run succeeded, each atomically.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run one simulation (or the scenario's replications) and write results and charts.")
final class RunCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Mixin
    RunOptions run;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Instant start = Instant.now();
        Scenario s = scenario.load();
        Preflight.check(s);
        int threads = run.threads();
        Path out = run.outDir(s);
        Preflight.checkOutput(out);
        Preflight.checkNotABatch(out);
        if (!run.quiet) {
            HugePageHint.print(s, spec.commandLine().getErr());
        }
        PrintWriter err = spec.commandLine().getErr();
        List<RunSpec> specs = new ArrayList<>();
        for (int r = 0; r < s.replications(); r++) {
            specs.add(new RunSpec(RunSpec.runId(0, r), "base", 0, r, RunSpec.seedFor(s.seed(), 0, r), Map.of(), s));
        }
        Files.createDirectories(out);
        List<RunResult> results = new ArrayList<>();
        PeopleTable people = null;
        List<Path> charts;
        // one writer at a time: two runs into one folder (the default results/<name>/ of two --set
        // variants, say) would leave one's summary beside the other's time series
        try (FolderLock lock = FolderLock.acquire(out)) {
            try (ChunkPool pool = new ChunkPool(threads)) {
                if (!"none".equals(s.output().people())) {
                    people = new PeopleTable(out.resolve("people.csv"), s.values().dimensions(), s.groupNames(),
                            "every".equals(s.output().people()), s.ticks());
                }
                for (RunSpec rs : specs) {
                    RunResult res = Runner.run(rs, pool, people);
                    results.add(res);
                    if (!run.quiet) {
                        err.printf("coshape: run %s done (%d/%d): set-up %.2f s, %d ticks in %.2f s%n", rs.runId(),
                                results.size(), specs.size(), res.setupSeconds(), s.ticks(), res.stepSeconds());
                        err.flush();
                    }
                }
                // an earlier command's results go, its manifest first, and this run's manifest is written
                // last: a run killed (or failing) between two files leaves a folder report refuses
                ResultFiles.clear(out);
                ResultTables.writeSummary(out.resolve("summary.csv"), List.of(), results);
                ResultTables.writeTimeseries(out.resolve("timeseries.csv"), results);
                if (people != null) {
                    people.commit();
                }
            } finally {
                if (people != null) {
                    people.close();
                }
            }
            charts = RunCharts.write(results.stream().map(RunResult::series).toList(), out.resolve("charts"),
                    s.output().charts());
            Manifest.write(out.resolve("manifest.json"), s, "run", spec.commandLine().getParseResult().originalArgs(),
                    threads, "local", start, Instant.now(), results);
        }
        if (!run.quiet) {
            PrintWriter o = spec.commandLine().getOut();
            o.println("results: " + out.toAbsolutePath().normalize());
            o.println("  summary.csv     final metrics, one row per run x group");
            o.println("  timeseries.csv  metrics over time (long format)");
            o.println("  manifest.json   resolved scenario, versions, seeds, timings");
            if (people != null) {
                o.println("  people.csv      per-person values (" + s.output().people() + ")");
            }
            o.println("charts:  " + out.resolve("charts").toAbsolutePath().normalize() + " (" + charts.size() + " files)");
            o.flush();
        }
        return CoshapeCli.OK;
    }
}
