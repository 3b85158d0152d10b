package org.coshape.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.coshape.scenario.Scenario;
import org.coshape.scenario.ScenarioLoader;
import org.coshape.scenario.SourcePosition;
import org.coshape.scenario.YamlNode;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every scenario command shares: the file, overrides and the seed. */
final class ScenarioOptions {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "scenario file (YAML or JSON)")
    Path file;

    @Option(
            names = "--set",
            paramLabel = "PATH=VALUE",
            description = "override any scenario key by dotted path, e.g. --set ai.listening=0.6 (repeatable)")
    List<String> sets = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "SEED", description = "base seed (overrides the scenario's seed)")
    Long seed;

    /** The command line's --set and --seed as overrides, in order (--seed last). */
    List<ScenarioLoader.SetValue> overrides() {
        List<ScenarioLoader.SetValue> overrides = new ArrayList<>();
        for (String s : sets) {
            overrides.add(ScenarioLoader.SetValue.parse(s));
        }
        if (seed != null) {
            overrides.add(new ScenarioLoader.SetValue(
                    "seed", Long.toString(seed), new SourcePosition("--seed " + seed, 0, 0)));
        }
        return overrides;
    }

    /** The scenario tree with extends and overrides applied, before binding. */
    YamlNode tree() {
        return ScenarioLoader.tree(file, overrides());
    }

    Scenario load() {
        return ScenarioLoader.load(file, overrides());
    }
}
