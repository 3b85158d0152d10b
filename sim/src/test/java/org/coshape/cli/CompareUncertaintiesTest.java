package org.coshape.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A comparison with {@code uncertainties:} runs every policy on every sampled scenario and says
 * which verdicts hold across them. Known answer: an assistant that cannot move anyone
 * (persuasiveness 0) induces no drift, so against one that can it is robustly better on
 * induced_drift whatever the susceptibility and social rate.
 */
class CompareUncertaintiesTest {
    @TempDir
    Path tmp;

    static final String SCENARIO = """
            name: robust
            seed: 5
            ticks: 40
            replications: 2
            population: {size: 400}
            output: {charts: []}
            metrics: {every: 20}
            ai: {regime: configuration}
            compare:
              still: {ai.persuasiveness: 0.0}
              moving: {ai.persuasiveness: 2.0}
            uncertainties:
              samples: 6
              parameters:
                population.groups[*].susceptibility: {min: 0.05, max: 0.3}
                social.rate: {min: 0.02, max: 0.2}
            """;

    @Test
    void anAssistantThatMovesNobodyIsRobustlyBetterOnInducedDrift() throws IOException {
        Path scenario = Files.writeString(tmp.resolve("robust.yaml"), SCENARIO);
        Path out = tmp.resolve("out");
        BadInputTest.Outcome o = BadInputTest.cli("compare", scenario.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, o.code(), o.err());
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertTrue(summary.get(0)
                .startsWith("run_id,policy,replicate,seed,group,population.groups[*].susceptibility,"
                        + "social.rate,alignment_gap"));
        assertEquals(1 + 2 * (2 + 6 * 2) * 3, summary.size(), "policies x (nominal + samples) x replicates x rows");
        String row = Files.readAllLines(out.resolve("robustness.csv")).stream()
                .filter(l -> l.startsWith("still,moving,all,induced_drift,"))
                .findFirst()
                .orElseThrow();
        assertTrue(row.contains(",robustly better,"), row);
        String report = Files.readString(out.resolve("report.md"));
        assertTrue(report.contains("## Robustness across the assumptions"));
        assertTrue(report.contains("**still** vs **moving**, induced_drift (all): robustly better"), report);
    }

    @Test
    void theSameBytesAtOneAndTwoThreads() throws IOException {
        Path scenario = Files.writeString(tmp.resolve("robust.yaml"), SCENARIO.replace("samples: 6", "samples: 3"));
        byte[] first = null;
        for (String threads : List.of("1", "2")) {
            Path out = tmp.resolve("t" + threads);
            BadInputTest.Outcome o = BadInputTest.cli(
                    "compare", scenario.toString(), "--out", out.toString(), "--quiet", "--threads", threads);
            assertEquals(0, o.code(), o.err());
            byte[] now = Files.readAllBytes(out.resolve("robustness.csv"));
            if (first != null) {
                assertArrayEquals(first, now);
            }
            first = now;
        }
    }

    @Test
    void aPolicyThatSetsAnUncertainKeyAndASingleReplicationAreRefused() throws IOException {
        Path clash = Files.writeString(
                tmp.resolve("clash.yaml"),
                SCENARIO.replace("moving: {ai.persuasiveness: 2.0}", "moving: {social.rate: 0.1}"));
        BadInputTest.Outcome o = BadInputTest.cli(
                "compare", clash.toString(), "--out", tmp.resolve("c").toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("policy 'moving' sets social.rate"), o.err());
        Path one = Files.writeString(tmp.resolve("one.yaml"), SCENARIO.replace("replications: 2", "replications: 1"));
        o = BadInputTest.cli(
                "compare", one.toString(), "--out", tmp.resolve("o").toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("replications of 2 or more"), o.err());
    }
}
