package org.coshape.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.coshape.concurrent.ChunkPool;
import org.coshape.experiment.Runner;
import org.coshape.results.ResultTables;
import org.coshape.results.RunResult;
import org.coshape.results.RunSpec;
import org.coshape.scenario.Scenario;
import org.coshape.testutil.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same scenario and seed give byte-identical result files at any thread count. */
class DeterminismTest {
    @TempDir
    Path tmp;

    static final String SCENARIO = """
            name: det
            seed: 5
            ticks: 45
            values: {dimensions: [a, b, c, d, e]}
            population:
              size: 11000
              groups:
                - {name: g1, share: 0.5, mean: [0.3, -0.2, 0.1, 0, 0.5], spread: 0.3, feedback: 0.7,
                   susceptibility: {dist: beta, a: 2, b: 5}}
                - {name: g2, share: 0.3, distribution: uniform}
                - {name: g3, share: 0.2, mean: [-0.4, 0.4, -0.3, 0.2, -0.5], spread: 0.2}
            network: {type: %s, degree: 8, homophily: 0.7}
            social: {rule: %s, rate: 0.3, confidence: 0.8}
            ai: {count: 3, regime: %s, assignment: [0.5, 0.3, 0.2]}
            generations: {length: 15, turnover: 0.2}
            metrics: {every: 5, baseline: true}
            """;

    @Test
    void mutualFriedkinJohnsenIsThreadCountIndependent() throws Exception {
        check(TestScenarios.yaml(SCENARIO.formatted("sbm", "friedkin_johnsen", "mutual")));
    }

    @Test
    void engagementDeffuantIsThreadCountIndependent() throws Exception {
        check(TestScenarios.yaml(SCENARIO.formatted("barabasi_albert", "deffuant", "engagement")));
    }

    @Test
    void negotiatedHegselmannKrauseIsThreadCountIndependent() throws Exception {
        check(TestScenarios.yaml(SCENARIO.formatted("watts_strogatz", "hegselmann_krause", "negotiated")));
    }

    private void check(Scenario s) throws Exception {
        byte[][] one = files(s, 1, "t1");
        byte[][] two = files(s, 2, "t2");
        byte[][] three = files(s, 3, "t3");
        assertArrayEquals(one[0], two[0], "summary.csv differs between 1 and 2 threads");
        assertArrayEquals(one[1], two[1], "timeseries.csv differs between 1 and 2 threads");
        assertArrayEquals(one[0], three[0], "summary.csv differs between 1 and 3 threads");
        assertArrayEquals(one[1], three[1], "timeseries.csv differs between 1 and 3 threads");
        assertArrayEquals(one[2], two[2], "assistants.csv differs between 1 and 2 threads");
        assertArrayEquals(one[2], three[2], "assistants.csv differs between 1 and 3 threads");
        assertFalse(new String(one[0], StandardCharsets.UTF_8).contains(",,,,"), "metrics were computed");
    }

    private byte[][] files(Scenario s, int threads, String dir) throws Exception {
        Path out = tmp.resolve(dir);
        RunSpec spec = new RunSpec(RunSpec.runId(0, 0), "base", 0, 0, RunSpec.seedFor(s.seed(), 0, 0), Map.of(), s);
        RunResult r;
        try (ChunkPool pool = new ChunkPool(threads)) {
            r = Runner.run(spec, pool, null);
        }
        ResultTables.writeSummary(out.resolve("summary.csv"), List.of(), List.of(r));
        ResultTables.writeTimeseries(out.resolve("timeseries.csv"), List.of(r));
        ResultTables.writeAssistants(out.resolve("assistants.csv"), List.of(r));
        return new byte[][] {
            Files.readAllBytes(out.resolve("summary.csv")),
            Files.readAllBytes(out.resolve("timeseries.csv")),
            Files.readAllBytes(out.resolve("assistants.csv"))
        };
    }
}
