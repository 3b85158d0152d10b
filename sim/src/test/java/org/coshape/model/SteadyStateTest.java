package org.coshape.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.coshape.cli.CoshapeCli;
import org.coshape.model.network.Network;
import org.coshape.model.state.People;
import org.coshape.testutil.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stop.steady} ends a run at a known equilibrium: the Friedkin-Johnsen closed form
 * {@code x* = (I - (1-a)((1-r)I + r D^-1 A))^-1 a u}, reached geometrically, so a run told to
 * stop once it has settled must stop long before its last tick, near x*; runs that end at
 * different ticks stay byte-identical at any thread count.
 */
class SteadyStateTest {
    @TempDir
    Path tmp;

    static String fj(String stop) {
        return """
                name: steady
                seed: 11
                ticks: 5000
                values: {dimensions: [x0, x1]}
                population:
                  size: 150
                  groups:
                    - {name: a, share: 0.5, distribution: uniform, anchoring: {dist: uniform, min: 0.02, max: 0.3}}
                    - {name: b, share: 0.5, distribution: uniform, anchoring: {dist: uniform, min: 0.02, max: 0.3}}
                network: {type: erdos_renyi, degree: 6}
                social: {rule: friedkin_johnsen, rate: 0.3}
                ai: {count: 0}
                metrics: {every: 100}
                %s
                """.formatted(stop);
    }

    @Test
    void aFriedkinJohnsenRunStopsAtItsClosedFormEquilibrium() {
        CoshapeModel m =
                TestScenarios.started(TestScenarios.yaml(fj("stop: {steady: {tolerance: 1.0e-9, window: 10}}")), 2);
        People p = m.people();
        double[][] expected = equilibrium(m, 0.3);
        m.stepToEnd();
        long end = m.tick();
        assertTrue(end < 1000, "stopped at steady state long before tick 5000: " + end);
        assertEquals((double) end, m.series().ticksToSteady(), "ticks_to_steady is the tick the run ended");
        assertEquals(end, m.series().last().tick(), "the last tick is recorded");
        double worst = 0;
        for (int i = 0; i < p.n; i++) {
            for (int k = 0; k < p.d; k++) {
                worst = Math.max(worst, Math.abs(expected[k][i] - p.v[p.at(i) + k]));
            }
        }
        assertTrue(worst < 1e-5, "largest distance to the closed-form equilibrium: " + worst);
        // and not by luck: ten ticks in, the run is far from x*
        CoshapeModel early = TestScenarios.started(TestScenarios.yaml(fj("")), 1);
        TestScenarios.step(early, 10);
        double far = 0;
        for (int i = 0; i < p.n; i++) {
            far = Math.max(
                    far,
                    Math.abs(expected[0][i] - early.people().v[early.people().at(i)]));
        }
        assertTrue(far > 1e-3, "ten ticks in, still moving: " + far);
    }

    @Test
    void withoutStopARunLastsItsTicksAndReportsNoSteadyTick() {
        CoshapeModel m = TestScenarios.started(TestScenarios.yaml(fj("").replace("ticks: 5000", "ticks: 300")), 1);
        m.stepToEnd();
        assertEquals(300, m.tick());
        assertTrue(Double.isNaN(m.series().ticksToSteady()));
    }

    /** x* of the model's own people and network, per dimension. */
    static double[][] equilibrium(CoshapeModel m, double rate) {
        People p = m.people();
        Network net = m.network();
        int n = p.n;
        RealMatrix system = MatrixUtils.createRealIdentityMatrix(n);
        for (int i = 0; i < n; i++) {
            double keep = 1 - p.anchoring[i];
            int deg = net.degree(i);
            if (deg == 0) {
                system.addToEntry(i, i, -keep);
                continue;
            }
            system.addToEntry(i, i, -keep * (1 - rate));
            for (int e = net.offsets()[i]; e < net.offsets()[i + 1]; e++) {
                system.addToEntry(i, net.targets()[e], -keep * rate / deg);
            }
        }
        LUDecomposition lu = new LUDecomposition(system);
        double[][] x = new double[p.d][];
        for (int k = 0; k < p.d; k++) {
            double[] rhs = new double[n];
            for (int i = 0; i < n; i++) {
                rhs[i] = p.anchoring[i] * p.own[p.at(i) + k];
            }
            x[k] = lu.getSolver().solve(MatrixUtils.createRealVector(rhs)).toArray();
        }
        return x;
    }

    /** A sweep whose points settle at different ticks writes the same bytes at one and three threads. */
    @Test
    void runsEndingAtDifferentTicksAreByteIdenticalAtAnyThreadCount() throws IOException {
        Path scenario = Files.writeString(
                tmp.resolve("s.yaml"),
                fj("stop: {steady: {tolerance: 1.0e-6, window: 10}}\nsweep: {parameters: {social.rate: [0.1, 0.6]}}"));
        byte[][] first = null;
        for (String threads : new String[] {"1", "3"}) {
            Path out = tmp.resolve("t" + threads);
            int code = CoshapeCli.execute(
                    "sweep",
                    scenario.toString(),
                    "--out",
                    out.toString(),
                    "--quiet",
                    "--threads",
                    threads,
                    "--set",
                    "output.charts=[]");
            assertEquals(0, code);
            byte[][] now = {
                Files.readAllBytes(out.resolve("summary.csv")), Files.readAllBytes(out.resolve("timeseries.csv"))
            };
            if (first != null) {
                assertArrayEquals(first[0], now[0]);
                assertArrayEquals(first[1], now[1]);
            }
            first = now;
            String summary = Files.readString(out.resolve("summary.csv"));
            String[] lines = summary.split("\n");
            int column = List.of(lines[0].split(",")).indexOf("ticks_to_steady");
            String low = lines[1].split(",", -1)[column];
            String high = lines[lines.length - 1].split(",", -1)[column];
            assertTrue(!low.isEmpty() && !high.isEmpty(), "both points settled");
            assertTrue(!low.equals(high), "the points settle at different ticks");
        }
    }
}
