package org.coshape.testutil;

import org.coshape.concurrent.ChunkPool;
import org.coshape.metrics.TimeSeries;
import org.coshape.model.CoshapeModel;
import org.coshape.scenario.Scenario;
import org.coshape.scenario.ScenarioLoader;
import org.coshape.scenario.YamlNode;
import org.coshape.scenario.YamlReader;

/** Builds scenarios from inline YAML and runs models for tests. */
public final class TestScenarios {
    private TestScenarios() {}

    public static Scenario yaml(String text) {
        return ScenarioLoader.bind(tree(text), null);
    }

    /** The tree of an inline scenario, as a file's is before binding. */
    public static YamlNode tree(String text) {
        return YamlReader.readText(text, "test.yaml");
    }

    /** {@code d} value dimension names for a scenario's {@code values.dimensions}: "v0, v1, ...". */
    public static String dimensions(int d) {
        StringBuilder names = new StringBuilder();
        for (int k = 0; k < d; k++) {
            names.append(k == 0 ? "" : ", ").append("v").append(k);
        }
        return names.toString();
    }

    /** A started model (tick 0 recorded), ready to step. */
    public static CoshapeModel started(Scenario s, int threads) {
        CoshapeModel m = new CoshapeModel(s, s.seed(), new ChunkPool(threads), true);
        m.start();
        return m;
    }

    public static CoshapeModel step(CoshapeModel m, int ticks) {
        for (int t = 0; t < ticks; t++) {
            m.schedule.step(m);
        }
        return m;
    }

    public static TimeSeries run(Scenario s, int threads) {
        try (ChunkPool pool = new ChunkPool(threads)) {
            return new CoshapeModel(s, s.seed(), pool, true).runToEnd();
        }
    }
}
