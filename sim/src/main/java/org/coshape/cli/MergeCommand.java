package org.coshape.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.coshape.batch.ShardFolder;
import org.coshape.experiment.SweepPlan;
import org.coshape.experiment.SweepStore;
import org.coshape.io.AtomicFiles;
import org.coshape.io.BadInput;
import org.coshape.io.FolderLock;
import org.coshape.io.Folders;
import org.coshape.report.ChartStyle;
import org.coshape.results.Build;
import org.coshape.results.RecordedScenario;
import org.coshape.results.ResultFiles;
import org.coshape.results.ResultTables;
import org.coshape.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code merge DIR...}: combines the folders of {@code sweep --shard i/n} (from Slurm array
 * tasks, Kubernetes jobs, ...) into one results folder, refusing shards of different scenarios
 * and runs present twice. The merged tables are sorted by run id, as an unsharded sweep's are.
 */
@Command(
        name = "merge",
        mixinStandardHelpOptions = true,
        description = "Combine shard folders of one sweep into one results folder.")
final class MergeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DIR", description = "shard folders written by sweep --shard")
    List<Path> dirs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the merged results folder")
    Path out;

    @Option(names = "--force", description = "overwrite results already in --out")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Preflight.checkOutput(out);
        ObjectMapper json = new ObjectMapper();
        String hash = null;
        String header = null;
        String firstDir = null;
        JsonNode first = null;
        Map<String, List<String>> summary = new TreeMap<>();
        Map<String, List<String>> series = new TreeMap<>();
        Map<String, List<String>> assistants = new TreeMap<>();
        Map<String, JsonNode> entries = new TreeMap<>();
        Map<String, String> owner = new LinkedHashMap<>();
        int total = -1;
        Map<Path, Path> given = new LinkedHashMap<>();
        for (Path d : dirs) {
            Path real = d.toAbsolutePath().normalize();
            try {
                real = d.toRealPath();
            } catch (IOException e) {
                // ShardFolder.read names a missing or unreadable folder
            }
            Path before = given.putIfAbsent(real, d);
            if (before != null) {
                throw new BadInput(d + ": the same folder as " + before + "; give each shard once (its rows would be"
                        + " counted twice)");
            }
        }
        for (Path d : dirs) {
            ShardFolder shard = ShardFolder.read(d);
            JsonNode m = shard.manifest();
            String h = m.path("scenario_sha256").asText();
            if (hash == null) {
                hash = h;
                first = m;
                firstDir = d.toString();
                total = m.path("total_runs").asInt(-1);
                header = shard.header();
            } else if (!hash.equals(h)) {
                throw new BadInput(d + ": a different scenario (or --set/--seed) than " + firstDir
                        + "; only shards of one sweep can be merged");
            } else if (!header.equals(shard.header())) {
                throw new BadInput(d + ": summary.csv has different columns than " + firstDir);
            } else if (Build.of(m).mayDifferFrom(Build.of(first))) {
                throw new BadInput(d + ": ran on " + Build.of(m) + ", " + firstDir + " on " + Build.of(first)
                        + "; their runs could differ for the same seed: run every shard with one build");
            }
            for (var row : shard.summary().entrySet()) {
                String id = row.getKey();
                String prev = owner.putIfAbsent(id, d.toString());
                if (prev != null) {
                    throw new BadInput(d + ": run " + id + " is also in " + prev + "; shards must not overlap");
                }
                summary.computeIfAbsent(id, k -> new ArrayList<>()).addAll(row.getValue());
            }
            shard.series()
                    .forEach((id, rows) ->
                            series.computeIfAbsent(id, k -> new ArrayList<>()).addAll(rows));
            shard.assistants()
                    .forEach((id, rows) -> assistants
                            .computeIfAbsent(id, k -> new ArrayList<>())
                            .addAll(rows));
            for (JsonNode r : m.path("runs")) {
                entries.put(r.path("run_id").asText(), r);
            }
        }
        if (SweepStore.occupied(out) && !force) {
            throw new BadInput(out + ": already holds results; use --force to overwrite");
        }
        Folders.make(out);
        long done = entries.values().stream()
                .filter(e -> "done".equals(e.path("status").asText()))
                .count();
        boolean complete = total >= 0 && done == total && summary.size() == total;
        try (FolderLock lock = FolderLock.acquire(out)) {
            // an earlier result's files go, its manifest first; this merge's manifest is written last
            ResultFiles.clear(out);
            writeLines(out.resolve("summary.csv"), header, summary);
            writeLines(out.resolve("timeseries.csv"), ResultTables.TIMESERIES_HEADER, series);
            writeLines(out.resolve("assistants.csv"), ResultTables.ASSISTANTS_HEADER, assistants);
            if (List.of("sobol", "morris").contains(first.path("design").asText())) {
                List<String> lines = new ArrayList<>();
                lines.add(header);
                summary.values().forEach(lines::addAll);
                try {
                    sensitivity(first, lines);
                } catch (BadInput e) { // the merged tables stand; only the indices are missing
                    PrintWriter err = spec.commandLine().getErr();
                    err.println("coshape: warning: Sobol indices not computed: " + e.getMessage());
                    err.flush();
                }
            }
            ObjectNode merged = first.deepCopy();
            merged.put("status", complete ? "complete" : "incomplete");
            merged.putNull("shard");
            ArrayNode runs = merged.putArray("runs");
            entries.values().forEach(runs::add);
            ArrayNode from = merged.putArray("merged_from");
            dirs.forEach(d -> from.add(d.toAbsolutePath().normalize().toString()));
            AtomicFiles.write(
                    out.resolve("manifest.json"),
                    o -> json.enable(SerializationFeature.INDENT_OUTPUT).writeValue(o, merged));
        }
        var w = spec.commandLine().getOut();
        w.printf(
                "merged %d shard folders: %d runs%s -> %s%n",
                dirs.size(),
                summary.size(),
                complete ? "" : " (incomplete: " + total + " runs in the sweep)",
                out.toAbsolutePath().normalize());
        w.flush();
        return complete ? CoshapeCli.OK : CoshapeCli.FAILURE;
    }

    /**
     * The Sobol indices (or Morris screening) of a merged sweep, which no shard can compute
     * alone: the design is rebuilt from the scenario the manifest recorded, after checking that
     * it is the scenario that ran (same hash).
     */
    private void sensitivity(JsonNode manifest, List<String> summaryLines) {
        RecordedScenario recorded = RecordedScenario.of(manifest, dirs.get(0).resolve("manifest.json"));
        Scenario base = recorded.base();
        SweepPlan plan = SweepPlan.of(recorded.tree(), recorded.file(), base);
        SensitivityOutputs.write(
                plan,
                summaryLines,
                out,
                ChartStyle.of(plan.base()).withFormats(List.of()),
                spec.commandLine().getErr());
    }

    private static void writeLines(Path file, String header, Map<String, List<String>> byRun) {
        AtomicFiles.write(file, o -> {
            Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
            w.write(header);
            w.write('\n');
            for (List<String> lines : byRun.values()) {
                for (String l : lines) {
                    w.write(l);
                    w.write('\n');
                }
            }
            w.flush();
        });
    }
}
