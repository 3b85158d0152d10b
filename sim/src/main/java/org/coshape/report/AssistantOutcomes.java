package org.coshape.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.coshape.io.BadInput;
import org.coshape.io.CompleteLines;
import org.coshape.io.CsvCells;
import org.coshape.io.IoProblems;
import org.coshape.results.Numbers;
import org.coshape.results.ResultTables;

/**
 * Who benefits by assistant: each assistant's final share of people, and the mean satisfaction and
 * welfare of its answers over the last window, by policy, read from {@code assistants.csv} (the
 * last record of each run on the scenario's own assumptions).
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
        Map<String, Long> last = new HashMap<>();
        Map<String, Map<Integer, Map<String, Double>>> atLast = new HashMap<>();
        int lineNo = 1;
        try (CompleteLines r = CompleteLines.open(file)) {
            if (!ResultTables.ASSISTANTS_HEADER.equals(r.readLine())) {
                throw new IllegalArgumentException("expected the header " + ResultTables.ASSISTANTS_HEADER);
            }
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                String[] f = CsvCells.of(line);
                if (f.length != 5) {
                    throw new IllegalArgumentException("expected 5 cells, found " + f.length);
                }
                if (data.run(f[0]) == null || !QUANTITIES.contains(f[3])) {
                    continue;
                }
                long tick = Numbers.wholeCell("tick", f[1]);
                Long seen = last.get(f[0]);
                if (seen == null || tick > seen) {
                    last.put(f[0], tick);
                    atLast.put(f[0], new HashMap<>());
                } else if (tick < seen) {
                    continue;
                }
                atLast.get(f[0])
                        .computeIfAbsent((int) Numbers.wholeCell("assistant", f[2]), x -> new HashMap<>())
                        .put(f[3], Numbers.cell("value", f[4]));
            }
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new BadInput(file + ": cannot read (" + IoProblems.why(e) + ")");
        } catch (IllegalArgumentException e) {
            throw new BadInput(file + ":" + lineNo + ": not a coshape assistants table (" + e.getMessage() + ")");
        }
        atLast.forEach((runId, byAssistant) -> {
            String[] run = data.run(runId);
            byAssistant.forEach((j, values) -> values.forEach((q, v) -> out.finals
                    .computeIfAbsent(run[0], x -> new TreeMap<>())
                    .computeIfAbsent(j, x -> new HashMap<>())
                    .computeIfAbsent(q, x -> new TreeMap<>())
                    .put(Integer.parseInt(run[1]), v)));
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
