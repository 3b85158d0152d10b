package org.coshape.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.coshape.results.TimeSeriesFile;

/**
 * Who benefits by assistant: each assistant's final share of people, and the mean satisfaction and
 * welfare of its answers over the last window, by policy, from the last record of each run on the
 * scenario's own assumptions in {@code assistants.csv}.
 */
final class AssistantOutcomes {
    /** The quantities reported (all in [0, 1]; an assistant nobody used has no satisfaction: n/a). */
    static final List<String> QUANTITIES = List.of("share", "welfare", "satisfaction", "trust");

    /** policy -> assistant -> quantity -> replicate -> value at the run's last record */
    private final Map<String, TreeMap<Integer, Map<String, TreeMap<Integer, Double>>>> finals = new HashMap<>();

    private AssistantOutcomes() {}

    /** The outcomes of a comparison folder, or null when it has no assistants. */
    static AssistantOutcomes read(Path dir, ComparisonData data) {
        Path file = dir.resolve("assistants.csv");
        if (!Files.exists(file)) {
            return null;
        }
        AssistantOutcomes out = new AssistantOutcomes();
        TimeSeriesFile.lastAssistantRecords(file).forEach((runId, byAssistant) -> {
            String[] run = data.run(runId);
            if (run == null) {
                return; // a run on sampled assumptions
            }
            byAssistant.forEach((j, values) -> values.forEach((q, v) -> {
                if (QUANTITIES.contains(q)) {
                    out.finals
                            .computeIfAbsent(run[0], x -> new TreeMap<>())
                            .computeIfAbsent(j, x -> new HashMap<>())
                            .computeIfAbsent(q, x -> new TreeMap<>())
                            .put(Integer.parseInt(run[1]), v);
                }
            }));
        });
        return out;
    }

    /** The largest number of assistants any policy ran. */
    int assistants() {
        return finals.values().stream().mapToInt(TreeMap::size).max().orElse(0);
    }

    /** One table per quantity: a row per assistant, a column per policy, mean [95% CI] over replicates. */
    ComparisonTables.Table table(String quantity, List<String> policies, List<String> names) {
        List<String> header = new ArrayList<>(List.of("assistant"));
        header.addAll(policies);
        List<List<String>> rows = new ArrayList<>();
        for (int j = 0; j < assistants(); j++) {
            List<String> row = new ArrayList<>(List.of(j < names.size() ? names.get(j) : "assistant " + j));
            for (String p : policies) {
                TreeMap<Integer, Double> v = finals.getOrDefault(p, new TreeMap<>())
                        .getOrDefault(j, Map.of())
                        .get(quantity);
                row.add(
                        v == null
                                ? "n/a"
                                : ComparisonTables.ci(Interval.of(
                                        v.values().stream()
                                                .mapToDouble(Double::doubleValue)
                                                .toArray(),
                                        0,
                                        1)));
            }
            rows.add(row);
        }
        return new ComparisonTables.Table(header, rows);
    }
}
