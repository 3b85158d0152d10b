package org.coshape.cli;

import java.util.ArrayList;
import java.util.List;
import org.coshape.scenario.Scenario;
import org.coshape.scenario.ScenarioLoader;
import org.coshape.scenario.YamlReader;

/**
 * The reference tick {@code bench} measures, as a scenario: the mutual regime with four
 * assistants, a social rule over an Erdős–Rényi network, uniform values, metrics only at the
 * ends; {@code --set} overrides any key, to time a mechanism when on.
 */
final class BenchScenario {
    private BenchScenario() {}

    /** The reference tick with the keys of {@code set} ({@code KEY=VALUE}) overridden. */
    static Scenario of(int humans, int dims, int ticks, double degree, String rule, boolean twin, List<String> set) {
        StringBuilder d = new StringBuilder();
        for (int k = 0; k < dims; k++) {
            d.append(k == 0 ? "" : ", ").append("v").append(k);
        }
        String yaml = """
                name: bench
                seed: 1
                ticks: %d
                values: {dimensions: [%s]}
                population:
                  size: %d
                  groups:
                    - {name: everyone, distribution: uniform, usage: 0.6}
                network: {type: erdos_renyi, degree: %s}
                social: {rule: %s, rate: 0.1, confidence: 0.5}
                ai: {count: 4, regime: mutual, designers: {size: 20, selection: random}}
                generations: {length: %d}
                metrics: {every: %d, baseline: %s, clusters: false}
                output: {charts: []}
                """.formatted(ticks, d, humans, degree, rule, ticks + 1, ticks + 1, twin);
        List<ScenarioLoader.SetValue> overrides = new ArrayList<>();
        for (String kv : set) {
            overrides.add(ScenarioLoader.SetValue.parse(kv));
        }
        return ScenarioLoader.bind(ScenarioLoader.applyOverrides(YamlReader.readText(yaml, "bench"), overrides), null);
    }
}
