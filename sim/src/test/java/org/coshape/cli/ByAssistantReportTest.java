package org.coshape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison report's who-benefits tables by assistant: names, and shares read from assistants.csv. */
class ByAssistantReportTest {
    @TempDir
    Path tmp;

    private static final String SCENARIO = """
            name: market
            seed: 6
            ticks: 30
            replications: 2
            population: {size: 800}
            network: {type: erdos_renyi, degree: 6}
            ai:
              count: 2
              assignment: [0.5, 0.5]
              assistants: [{name: alpha, regime: configuration}, {name: beta, regime: engagement}]
            metrics: {every: 10}
            compare:
              stay: {}
              switching: {ai.choice.rule: logit, ai.choice.rate: 0.3}
            """;

    @Test
    void eachAssistantsShareIsTheMeanOfItsFinalSharesByPolicy() throws Exception {
        Path scenario = tmp.resolve("market.yaml");
        Files.writeString(scenario, SCENARIO);
        Path out = tmp.resolve("out");
        BadInputTest.Outcome o = CompareTest.cli("compare", scenario.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, o.code(), o.err());
        String report = Files.readString(out.resolve("report.md"));
        assertTrue(report.contains("## By assistant: share, mean [95% CI]"), report);
        Map<String, String> policyOf = new HashMap<>();
        for (String line : Files.readAllLines(out.resolve("summary.csv")).subList(1, 13)) {
            String[] f = line.split(",");
            policyOf.put(f[0], f[1]);
        }
        // policy -> each assistant's final shares summed over the two replicates, from assistants.csv itself
        Map<String, double[]> sums = new HashMap<>();
        List<String> rows = Files.readAllLines(out.resolve("assistants.csv"));
        for (String line : rows.subList(1, rows.size())) {
            String[] f = line.split(",");
            if (f[1].equals("30") && f[3].equals("share")) {
                sums.computeIfAbsent(policyOf.get(f[0]), k -> new double[2])[Integer.parseInt(f[2])] +=
                        Double.parseDouble(f[4]);
            }
        }
        String table = report.substring(report.indexOf("## By assistant: share"));
        for (String name : List.of("alpha", "beta")) {
            int j = name.equals("alpha") ? 0 : 1;
            String row = table.lines()
                    .filter(l -> l.startsWith("| " + name + " |"))
                    .findFirst()
                    .orElseThrow();
            String[] cells = row.split("\\|");
            assertTrue(cells[2].trim().startsWith(mean(sums.get("stay")[j])), row);
            assertTrue(cells[3].trim().startsWith(mean(sums.get("switching")[j])), row);
        }
    }

    private static String mean(double sum) {
        return String.format(Locale.ROOT, "%.3f", sum / 2);
    }
}
