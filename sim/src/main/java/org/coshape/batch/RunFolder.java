package org.coshape.batch;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coshape.concurrent.ChunkPool;
import org.coshape.experiment.Runner;
import org.coshape.io.FolderLock;
import org.coshape.io.Folders;
import org.coshape.report.ChartStyle;
import org.coshape.report.RunCharts;
import org.coshape.results.Invocation;
import org.coshape.results.Manifest;
import org.coshape.results.NetworkTable;
import org.coshape.results.PeopleSink;
import org.coshape.results.PeopleTable;
import org.coshape.results.ResultFiles;
import org.coshape.results.ResultTables;
import org.coshape.results.RunResult;
import org.coshape.results.RunSpec;
import org.coshape.scenario.OutputSpec;
import org.coshape.scenario.PeopleOutput;
import org.coshape.scenario.Scenario;

/**
 * A run folder's results contract, written by {@code run} and {@code replay}: the runs one after
 * another (each parallel inside), then summary.csv, timeseries.csv, assistants.csv, people.csv
 * when asked, charts
 * and, last, the manifest. Files are written only after every run succeeded, each atomically,
 * under the folder's lock.
 *
 * @param out        the folder
 * @param scenario   the scenario the manifest records (its charts and people settings apply)
 * @param parameters swept parameter columns of summary.csv (none for a plain run)
 * @param people     {@code none}, {@code final} or {@code every}
 */
public record RunFolder(Path out, Scenario scenario, List<String> parameters, PeopleOutput people) {

    /** What was written. */
    public record Written(List<RunResult> results, boolean people, boolean network, int charts) {}

    public Written write(List<RunSpec> specs, Invocation how, Map<String, Object> extra, PrintWriter err, boolean quiet)
            throws IOException {
        Folders.make(out);
        List<RunResult> results = new ArrayList<>();
        PeopleTable table = null;
        NetworkTable network = null;
        List<Path> charts;
        // one writer at a time: two runs into one folder (the default results/<name>/ of two --set
        // variants, say) would leave one's summary beside the other's time series
        try (FolderLock lock = FolderLock.acquire(out)) {
            try (ChunkPool pool = new ChunkPool(how.threads())) {
                OutputSpec output = scenario.output();
                if (output.network()) {
                    network = new NetworkTable(out.resolve(output.fileName("network")));
                }
                if (people != PeopleOutput.NONE) {
                    table = new PeopleTable(
                            out.resolve(output.fileName("people")),
                            scenario.values().dimensions(),
                            scenario.groupNames(),
                            people == PeopleOutput.EVERY,
                            scenario.ticks());
                }
                for (RunSpec rs : specs) {
                    RunResult res = Runner.run(
                            rs, pool, PeopleSink.both(table, network), quiet ? tick -> {} : new TickProgress(rs, err));
                    results.add(res);
                    if (!quiet) {
                        err.printf(
                                "coshape: run %s done (%d/%d): set-up %.2f s, %d ticks in %.2f s%n",
                                rs.runId(),
                                results.size(),
                                specs.size(),
                                res.setupSeconds(),
                                rs.scenario().ticks(),
                                res.stepSeconds());
                        err.flush();
                    }
                }
                // an earlier command's results go, its manifest first, and this manifest is written
                // last: a run killed (or failing) between two files leaves a folder report refuses
                ResultFiles.clear(out);
                ResultTables.writeSummary(out.resolve("summary.csv"), parameters, results);
                ResultTables.writeTimeseries(out.resolve("timeseries.csv"), results);
                ResultTables.writeAssistants(out.resolve("assistants.csv"), results);
                if (table != null) {
                    table.commit();
                }
                if (network != null) {
                    network.commit();
                }
            } finally {
                if (table != null) {
                    table.close();
                }
                if (network != null) {
                    network.close();
                }
            }
            charts = RunCharts.write(
                    results.stream().map(RunResult::series).toList(), out.resolve("charts"), ChartStyle.of(scenario));
            List<Map<String, Object>> runs = new ArrayList<>();
            for (RunResult r : results) {
                runs.add(Manifest.runEntry(r.spec(), r.status(), r.message(), r.setupSeconds(), r.stepSeconds()));
            }
            Manifest.write(out.resolve("manifest.json"), scenario, how, Instant.now(), runs, extra);
        }
        return new Written(results, table != null, network != null, charts.size());
    }

    /** The lines a finished run folder prints on stdout. */
    public void printWhere(PrintWriter o, Written w) {
        o.println("results: " + out.toAbsolutePath().normalize());
        o.println("  summary.csv     final metrics, one row per run x group");
        o.println("  timeseries.csv  metrics over time (long format)");
        o.println("  assistants.csv  each assistant over time: promoted values, listening, users (long format)");
        o.println("  manifest.json   resolved scenario, versions, seeds, timings");
        if (w.people()) {
            o.println(String.format(
                    "  %-15s per-person values, trust, assistant (%s)",
                    scenario.output().fileName("people"), people.key()));
        }
        if (w.network()) {
            o.println(String.format(
                    "  %-15s each run's network (edge list)", scenario.output().fileName("network")));
        }
        o.println("charts:  " + out.resolve("charts").toAbsolutePath().normalize() + " (" + w.charts() + " files)");
        o.flush();
    }
}
